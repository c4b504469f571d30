package cn.nianbao.frontend.backend.agencies;

import java.util.List;
import java.util.Optional;

import cn.nianbao.frontend.backend.BackendException;
import cn.nianbao.frontend.backend.BackendHttp;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;
import tools.jackson.core.type.TypeReference;

/**
 * The agency tree ({@code /api/agencies}). Pages ask for the part they show: a subtree to a depth
 * ({@code ?under=CODE&depth=N}) rather than the whole tree, which nationally has about 140,000 bodies.
 */
@Component
public class AgencyClient {

    private final BackendHttp http;

    public AgencyClient(BackendHttp http) {
        this.http = http;
    }

    /**
     * The subtree of {@code under} (itself included, at depth 0) down to {@code depth} levels below it, in tree
     * order; {@code under} null starts at the roots of what the user may see, {@code depth} null goes all the way.
     */
    public List<Agency> subtree(String under, Integer depth) {
        return http.get(uri -> uri.path("/api/agencies")
                .queryParamIfPresent("under", Optional.ofNullable(under))
                .queryParamIfPresent("depth", Optional.ofNullable(depth)).build(), new TypeReference<>() { });
    }

    /**
     * A page of the bodies the user may see whose name or code contains {@code query} (blank: all), each with the
     * names above it; the backend bounds the query (64 characters), the page (50) and the offset (10,000).
     */
    public List<FoundAgency> search(String query, int offset, int limit) {
        // the typed text goes in as a variable, so that braces and ampersands in it are encoded, not expanded
        return http.get(uri -> uri.path("/api/agencies/search")
                .queryParam("q", "{q}")
                .queryParam("offset", offset)
                .queryParam("limit", limit)
                .build(query == null ? "" : query), new TypeReference<>() { });
    }

    /** Everything the user may see: for the administrators' forms that pick any body of the tree. */
    public List<Agency> visible() {
        return subtree(null, null);
    }

    /** One body, if it exists and the user may see it (the backend answers 404 for both otherwise). */
    public Optional<Agency> find(String code) {
        try {
            // the backend's smallest depth is 1: the body and its direct children
            return subtree(code, 0).stream().filter(agency -> agency.code().equals(code)).findFirst();
        } catch (BackendException e) {
            if (e.isStatus(404)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    public Agency create(NewAgency agency) {
        return http.send(HttpMethod.POST, "/api/agencies", agency, new TypeReference<>() { });
    }

    public Agency change(String code, AgencyChange change) {
        return http.send(HttpMethod.PATCH, "/api/agencies/" + UriUtils.encodePathSegment(code,
                java.nio.charset.StandardCharsets.UTF_8), change, new TypeReference<>() { });
    }
}
