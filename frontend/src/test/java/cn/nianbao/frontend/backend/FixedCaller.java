package cn.nianbao.frontend.backend;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A caller with a token of its own, that remembers renewals and whether its session was ended. */
class FixedCaller implements BackendCaller {

    private Credentials credentials;
    private final String address;
    final List<SignedIn> renewals = new ArrayList<>();
    int ended;

    FixedCaller(String token) {
        this(new Credentials(token, Instant.now().plusSeconds(900)), "203.0.113.77");
    }

    FixedCaller(Credentials credentials, String address) {
        this.credentials = credentials;
        this.address = address;
    }

    @Override
    public Optional<Credentials> credentials() {
        return Optional.ofNullable(credentials);
    }

    @Override
    public Optional<String> clientAddress() {
        return Optional.ofNullable(address);
    }

    @Override
    public void renewed(SignedIn signedIn) {
        renewals.add(signedIn);
        credentials = signedIn.credentials();
    }

    @Override
    public void sessionEnded() {
        ended++;
        credentials = null;
    }
}
