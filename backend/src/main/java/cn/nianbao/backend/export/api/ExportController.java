package cn.nianbao.backend.export.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import cn.nianbao.backend.audit.AuditLog;
import cn.nianbao.backend.export.ExportFile;
import cn.nianbao.backend.export.ExportFormat;
import cn.nianbao.backend.export.ExportParameters;
import cn.nianbao.backend.export.ExportService;
import cn.nianbao.backend.export.MeetingPacks;
import cn.nianbao.backend.export.PackRequest;
import cn.nianbao.backend.platform.security.Caller;
import cn.nianbao.backend.quality.FindingQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Tables and meeting packs as files (the charts' own downloads are {@code /api/exports/charts/{chart}}). Parameters
 * arrive as text and are checked before anything is read; each file is scope-checked by the service it is read
 * through and recorded in the audit log as an export before it is sent.
 */
@RestController
@RequestMapping("/api/exports")
@Tag(name = "导出", description = "汇总表（XLSX、DOCX、CSV）、完整性矩阵、质量问题、各机构指标（XLSX、CSV）、会议材料（PPTX、PDF）")
class ExportController {

    private static final String UNSAFE = "[\\\\/:*?\"<>|\\p{Cntrl}]";
    private static final int MAX_NAME_LENGTH = 100;

    private final ExportService exports;
    private final MeetingPacks packs;
    private final AuditLog audit;

    ExportController(ExportService exports, MeetingPacks packs, AuditLog audit) {
        this.exports = exports;
        this.packs = packs;
        this.audit = audit;
    }

    @GetMapping("/rollup")
    @Operation(summary = "汇总表按全国统一格式导出：xlsx（默认）、docx、csv")
    Mono<ResponseEntity<byte[]>> rollup(@AuthenticationPrincipal Caller caller,
            @Parameter(description = "地区（机构）代码") @RequestParam(required = false) String region,
            @Parameter(description = "年度（默认有年报的最近一年）") @RequestParam(required = false) String year,
            @Parameter(description = "只合计此类机构") @RequestParam(required = false) String kind,
            @Parameter(description = "xlsx、docx 或 csv") @RequestParam(required = false) String format) {
        return send(caller, () -> exports.rollup(caller,
                ExportParameters.of(region, year, null, null, kind, format, ExportFormat.rollup())));
    }

    @GetMapping("/completeness")
    @Operation(summary = "完整性矩阵导出：xlsx（默认）或 csv")
    Mono<ResponseEntity<byte[]>> completeness(@AuthenticationPrincipal Caller caller,
            @Parameter(description = "地区（机构）代码") @RequestParam(required = false) String region,
            @Parameter(description = "起始年度") @RequestParam(required = false) String from,
            @Parameter(description = "截止年度") @RequestParam(required = false) String to,
            @Parameter(description = "只看此类机构") @RequestParam(required = false) String kind,
            @Parameter(description = "xlsx 或 csv") @RequestParam(required = false) String format) {
        return send(caller, () -> exports.completeness(caller,
                ExportParameters.of(region, null, from, to, kind, format, ExportFormat.tables())));
    }

    @GetMapping("/findings")
    @Operation(summary = "质量问题清单导出（条件同 /api/findings，最多 5000 条）：xlsx（默认）或 csv")
    Mono<ResponseEntity<byte[]>> findings(@AuthenticationPrincipal Caller caller,
            @Parameter(description = "地区（机构）代码") @RequestParam(required = false) String region,
            @Parameter(description = "只看地区内的这一个机构") @RequestParam(required = false) String agency,
            @Parameter(description = "年度（不能与 from、to 同用）") @RequestParam(required = false) String year,
            @Parameter(description = "起始年度") @RequestParam(required = false) String from,
            @Parameter(description = "截止年度") @RequestParam(required = false) String to,
            @Parameter(description = "规则代码") @RequestParam(required = false) String code,
            @Parameter(description = "error、warning 或 info") @RequestParam(required = false) String severity,
            @Parameter(description = "open、confirmed 或 dismissed") @RequestParam(required = false) String status,
            @Parameter(description = "xlsx 或 csv") @RequestParam(required = false) String format) {
        // the years and the filter are checked as GET /api/findings checks them
        return send(caller, () -> exports.findings(caller, new FindingQueries.Request(region, agency, year, from, to,
                code, severity, status, null, null),
                ExportParameters.of(region, null, null, null, null, format, ExportFormat.tables()).format()));
    }

    @GetMapping("/bodies")
    @Operation(summary = "各机构的一项指标：排名（当年与上年）和逐年数值；xlsx（默认，两张工作表）或 csv（排名）")
    Mono<ResponseEntity<byte[]>> bodies(@AuthenticationPrincipal Caller caller,
            @Parameter(description = "地区（机构）代码") @RequestParam(required = false) String region,
            @Parameter(description = "指标编号（默认 requests.new_received.total）") @RequestParam(required = false)
            String metric,
            @Parameter(description = "排名的年度") @RequestParam(required = false) String year,
            @Parameter(description = "逐年数值的起始年度") @RequestParam(required = false) String from,
            @Parameter(description = "逐年数值的截止年度") @RequestParam(required = false) String to,
            @Parameter(description = "只看此类机构") @RequestParam(required = false) String kind,
            @Parameter(description = "xlsx 或 csv") @RequestParam(required = false) String format) {
        return send(caller, () -> exports.bodies(caller,
                ExportParameters.of(region, year, from, to, kind, format, ExportFormat.tables()), metric));
    }

    @GetMapping("/pack")
    @Operation(summary = "会议材料：封面、每页一张图表（含说明）、汇总表和待审核问题（可编辑表格）；pptx（默认）或 pdf")
    Mono<ResponseEntity<byte[]>> pack(@AuthenticationPrincipal Caller caller,
            @Parameter(description = "地区（机构）代码") @RequestParam(required = false) String region,
            @Parameter(description = "起始年度") @RequestParam(required = false) String from,
            @Parameter(description = "截止年度（最多 10 个年度）") @RequestParam(required = false) String to,
            @Parameter(description = "图表编号，逗号分隔，可写 编号:指标（最多 12 张），如 overview,ranking:rate.disclosure")
            @RequestParam(required = false) String charts,
            @Parameter(description = "表格：rollup、findings、completeness，逗号分隔") @RequestParam(required = false)
            String tables,
            @Parameter(description = "pptx 或 pdf") @RequestParam(required = false) String format) {
        return send(caller, () -> packs.pack(caller, PackRequest.of(
                ExportParameters.of(region, null, from, to, null, format, ExportFormat.pack()), charts, tables)));
    }

    /** The file made once its parameters pass (a refusal is a 400), recorded in the audit log, sent. */
    private Mono<ResponseEntity<byte[]>> send(Caller caller, Supplier<Mono<ExportFile>> file) {
        return Mono.defer(file).flatMap(exported -> audit.recordExport(caller, exported.regionCode(), exported.what())
                        .thenReturn(exported))
                .map(exported -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(exported.format().mediaType()))
                        .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(exported))
                        .cacheControl(CacheControl.noStore())
                        .body(exported.bytes()));
    }

    /** The Chinese name as RFC 5987 {@code filename*}, an ASCII one for clients that know no better. */
    static String contentDisposition(ExportFile file) {
        String extension = file.format().extension();
        String name = file.name().replaceAll(UNSAFE, "").strip();
        if (name.length() > MAX_NAME_LENGTH) {
            name = name.substring(0, MAX_NAME_LENGTH);
        }
        String encoded = URLEncoder.encode(name + "." + extension, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"nianbao-export." + extension + "\"; filename*=UTF-8''" + encoded;
    }
}
