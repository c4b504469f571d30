package cn.nianbao.backend.account;

import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import cn.nianbao.backend.platform.database.InstallationSecrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key that signs tokens: {@code NIANBAO_TOKEN_SECRET} (base64, at least 32 bytes) when set — the choice for a
 * real deployment — else one generated on the first start and kept in the database where the application's role
 * cannot read it ({@link InstallationSecrets}), so sign-ins survive restarts and nobody who can only query through the
 * application can mint a token.
 */
final class TokenKey {

    private static final Logger log = LoggerFactory.getLogger(TokenKey.class);
    static final String SECRET_NAME = "token_secret";
    private static final int MIN_BYTES = 32;

    private TokenKey() {
    }

    static SecretKey resolve(String configured, InstallationSecrets secrets) {
        byte[] secret;
        if (configured != null && !configured.isBlank()) {
            try {
                secret = Base64.getDecoder().decode(configured.trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("NIANBAO_TOKEN_SECRET 不是有效的 Base64 文本");
            }
            if (secret.length < MIN_BYTES) {
                throw new IllegalStateException("NIANBAO_TOKEN_SECRET 至少需要 " + MIN_BYTES
                        + " 字节（例如 openssl rand -base64 32 的输出）");
            }
        } else {
            String stored = secrets.getOrCreate(SECRET_NAME, () -> {
                byte[] generated = new byte[MIN_BYTES];
                new SecureRandom().nextBytes(generated);
                return Base64.getEncoder().encodeToString(generated);
            });
            if (secrets.readableByTheApplication()) {
                log.warn("应用以数据库所有者角色运行，令牌签名密钥对它可读；正式部署请配置 NIANBAO_TOKEN_SECRET 或单独的应用角色");
            }
            secret = Base64.getDecoder().decode(stored);
        }
        return new SecretKeySpec(secret, "HmacSHA256");
    }
}
