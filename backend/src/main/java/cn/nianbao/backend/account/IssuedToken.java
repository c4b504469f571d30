package cn.nianbao.backend.account;

import java.time.Instant;

/** A signed bearer token and when it stops being accepted. */
public record IssuedToken(String token, Instant expiresAt) {
}
