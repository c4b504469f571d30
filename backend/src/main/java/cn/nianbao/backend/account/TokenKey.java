package cn.nianbao.backend.account;

import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import cn.nianbao.backend.platform.database.AppStateRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key that signs tokens: {@code NIANBAO_TOKEN_SECRET} (base64, at least 32 bytes) when set — the choice for a
 * real deployment — else one generated on the first start and kept in the database, so sign-ins survive restarts.
 */
final class TokenKey {

    private static final Logger log = LoggerFactory.getLogger(TokenKey.class);
    private static final String STATE_KEY = "token_secret";
    private static final int MIN_BYTES = 32;

    private TokenKey() {
    }

    static SecretKey resolve(String configured, AppStateRepository state) {
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
            String stored = state.get(STATE_KEY).block();
            if (stored == null) {
                byte[] generated = new byte[MIN_BYTES];
                new SecureRandom().nextBytes(generated);
                stored = Base64.getEncoder().encodeToString(generated);
                state.put(STATE_KEY, stored).block();
                log.info("已生成令牌签名密钥并保存在数据库中；正式部署请通过 NIANBAO_TOKEN_SECRET 配置");
            }
            secret = Base64.getDecoder().decode(stored);
        }
        return new SecretKeySpec(secret, "HmacSHA256");
    }
}
