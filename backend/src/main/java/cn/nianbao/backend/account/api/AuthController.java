package cn.nianbao.backend.account.api;

import java.time.Instant;

import cn.nianbao.backend.account.Accounts;
import cn.nianbao.backend.account.IssuedToken;
import cn.nianbao.backend.account.SignIn;
import cn.nianbao.backend.account.UserAccount;
import cn.nianbao.backend.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/auth")
@Tag(name = "登录", description = "登录、续期令牌、修改密码")
class AuthController {

    private final SignIn signIn;
    private final Accounts accounts;

    AuthController(SignIn signIn, Accounts accounts) {
        this.signIn = signIn;
        this.accounts = accounts;
    }

    record Credentials(String username, String password) {
    }

    record TokenJson(String token, Instant expiresAt, UserJson user) {
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    @PostMapping("/login")
    @Operation(summary = "用用户名和密码登录，得到短期令牌（Bearer）")
    Mono<TokenJson> login(@RequestBody Credentials credentials) {
        return signIn.signIn(credentials.username(), credentials.password())
                .map(signedIn -> json(signedIn.token(), signedIn.user()));
    }

    @PostMapping("/refresh")
    @Operation(summary = "用仍有效的令牌换一个新令牌（同一次登录最长 12 小时，续期过于频繁时 429）")
    Mono<TokenJson> refresh(@AuthenticationPrincipal Caller caller, Authentication authentication) {
        return accounts.refresh(authentication).zipWith(accounts.me(caller), AuthController::json);
    }

    @GetMapping("/me")
    @Operation(summary = "当前用户")
    Mono<UserJson> me(@AuthenticationPrincipal Caller caller) {
        return accounts.me(caller).map(UserJson::of);
    }

    @PostMapping("/password")
    @Operation(summary = "修改自己的密码，得到新令牌（旧令牌随即失效）；当前密码与登录一样限次、记入审计日志")
    Mono<TokenJson> changePassword(@AuthenticationPrincipal Caller caller, @RequestBody PasswordChange change) {
        return accounts.changeOwnPassword(caller, change.currentPassword(), change.newPassword())
                .flatMap(token -> accounts.me(caller).map(user -> json(token, user)));
    }

    private static TokenJson json(IssuedToken token, UserAccount user) {
        return new TokenJson(token.token(), token.expiresAt(), UserJson.of(user));
    }
}
