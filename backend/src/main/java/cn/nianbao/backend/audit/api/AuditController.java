package cn.nianbao.backend.audit.api;

import java.time.OffsetDateTime;

import cn.nianbao.backend.audit.AuditAction;
import cn.nianbao.backend.audit.AuditEvent;
import cn.nianbao.backend.audit.AuditLog;
import cn.nianbao.backend.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/audit")
@Tag(name = "审计", description = "谁在何时从何处做了什么（只增不改）")
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    record ExportJson(String agencyCode, String what) {
    }

    @GetMapping
    @Operation(summary = "审计日志，最新的在前（管理员：全部；督查：本地区）")
    Flux<AuditEvent> list(@AuthenticationPrincipal Caller caller,
                          @Parameter(description = "起始时间（含）") @RequestParam(required = false) OffsetDateTime from,
                          @Parameter(description = "截止时间（不含）") @RequestParam(required = false) OffsetDateTime to,
                          @RequestParam(required = false) AuditAction action,
                          @RequestParam(required = false) String actor,
                          @RequestParam(defaultValue = "200") int limit) {
        return audit.read(caller, from, to, action, actor, limit);
    }

    @PostMapping("/exports")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "记录一次导出（图表、表格），由仪表盘在用户下载时调用")
    Mono<Void> export(@AuthenticationPrincipal Caller caller, @RequestBody ExportJson export) {
        return audit.recordExport(caller, export.agencyCode(), export.what());
    }
}
