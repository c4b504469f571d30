package cn.nianbao.backend.account.api;

import cn.nianbao.backend.account.Accounts;
import cn.nianbao.backend.platform.security.Caller;
import cn.nianbao.backend.platform.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/users")
@Tag(name = "用户", description = "用户、角色与范围（仅管理员）")
class UserController {

    private final Accounts accounts;

    UserController(Accounts accounts) {
        this.accounts = accounts;
    }

    record NewUserJson(String username, String displayName, Role role, String scopeAgencyCode) {
    }

    record ChangeJson(String displayName, Role role, String scopeAgencyCode, Boolean disabled) {
    }

    /** The one-time password is shown here once; the user must change it at first sign-in. */
    record WithPasswordJson(UserJson user, String oneTimePassword) {
    }

    @GetMapping
    @Operation(summary = "用户列表（按角色、用户名排序，分页）")
    Flux<UserJson> list(@AuthenticationPrincipal Caller caller,
            @Parameter(description = "在用户名、姓名和范围机构名中查找（不区分大小写，最多 64 字）")
            @RequestParam(required = false) String q,
            @Parameter(description = "跳过的条数，0 至 1000000，默认 0") @RequestParam(required = false) String offset,
            @Parameter(description = "条数，1 至 500，默认 100") @RequestParam(required = false) String limit) {
        return accounts.list(caller, q, offset, limit).map(UserJson::of);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新建用户，返回一次性密码（仅显示这一次）")
    Mono<WithPasswordJson> create(@AuthenticationPrincipal Caller caller, @RequestBody NewUserJson user) {
        return accounts.create(caller, user.username(), user.displayName(), user.role(), user.scopeAgencyCode())
                .map(created -> new WithPasswordJson(UserJson.of(created.user()), created.oneTimePassword()));
    }

    @PatchMapping("/{username}")
    @Operation(summary = "修改用户的姓名、角色、范围或停用状态")
    Mono<UserJson> change(@AuthenticationPrincipal Caller caller, @PathVariable String username,
                          @RequestBody ChangeJson change) {
        return accounts.change(caller, username, new Accounts.Change(change.displayName(), change.role(),
                change.scopeAgencyCode(), change.disabled())).map(UserJson::of);
    }

    @PostMapping("/{username}/password-reset")
    @Operation(summary = "重置密码，返回一次性密码（仅显示这一次）")
    Mono<WithPasswordJson> resetPassword(@AuthenticationPrincipal Caller caller, @PathVariable String username) {
        return accounts.resetPassword(caller, username)
                .map(reset -> new WithPasswordJson(UserJson.of(reset.user()), reset.oneTimePassword()));
    }
}
