package cn.nianbao.backend.chart.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import cn.nianbao.backend.audit.AuditLog;
import cn.nianbao.backend.chart.ChartData;
import cn.nianbao.backend.chart.ChartFormat;
import cn.nianbao.backend.chart.ChartKind;
import cn.nianbao.backend.chart.ChartParameters;
import cn.nianbao.backend.chart.ChartRequest;
import cn.nianbao.backend.chart.ChartService;
import cn.nianbao.backend.chart.rendering.ChartRendering;
import cn.nianbao.backend.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The dashboard's charts, drawn on the server in one place for the page ({@code /api/charts}, cacheable, not
 * audited) and for downloads ({@code /api/exports/charts}, a file with a Chinese name, recorded in the audit log as an
 * export). Every parameter goes through {@link ChartRequest#of} before anything is read.
 */
@RestController
@Tag(name = "图表", description = "仪表盘图表（SVG、PNG、PDF），页面显示与导出下载同一套绘制")
class ChartController {

    /** Renders of an earlier run of the backend may differ: the drawing code changes with a deployment. */
    private static final String RUN = Long.toString(Instant.now().toEpochMilli(), 36);

    private final ChartService charts;
    private final ChartRendering rendering;
    private final AuditLog audit;

    ChartController(ChartService charts, ChartRendering rendering, AuditLog audit) {
        this.charts = charts;
        this.rendering = rendering;
        this.audit = audit;
    }

    /** A chart id with what it takes. */
    record ChartInfo(ChartKind id, String label, boolean takesMetric, Integer defaultTop, Integer maxTop) {
    }

    @GetMapping("/api/charts")
    @Operation(summary = "可用的图表：编号、名称、是否可选指标、可画机构数")
    List<ChartInfo> list() {
        return Arrays.stream(ChartKind.values()).map(kind -> new ChartInfo(kind, kind.label(), kind.takesMetric(),
                kind.maxBodies() == 0 ? null : kind.defaultBodies(), kind.maxBodies() == 0 ? null : kind.maxBodies()))
                .toList();
    }

    @GetMapping("/api/charts/{chart}")
    @Operation(summary = "页面用的图表（默认 SVG，文字为轮廓，无需字体）；带 ETag，可缓存")
    Mono<ResponseEntity<byte[]>> chart(@AuthenticationPrincipal Caller caller,
                                       @Parameter(description = "图表编号") @PathVariable String chart,
                                       @ParameterObject ChartParameters parameters,
                                       @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false)
                                       String ifNoneMatch) {
        ChartRequest request = ChartRequest.of(ChartKind.of(chart), parameters, ChartFormat.SVG);
        return charts.data(caller, request).flatMap(data -> {
            String etag = etag(request, data);
            if (matches(ifNoneMatch, etag)) {
                return Mono.just(ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag)
                        .cacheControl(CacheControl.noCache().cachePrivate()).<byte[]>build());
            }
            return rendering.render(data, request).map(rendered -> ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(request.format().mediaType()))
                    .eTag(etag)
                    .cacheControl(CacheControl.noCache().cachePrivate())
                    .body(rendered.bytes()));
        });
    }

    @GetMapping("/api/charts/{chart}/data")
    @Operation(summary = "图表的数据表：标题、说明、注、来源，以及图中画出的每个数（含状态）")
    Mono<ChartData> data(@AuthenticationPrincipal Caller caller,
                         @Parameter(description = "图表编号") @PathVariable String chart,
                         @ParameterObject ChartParameters parameters) {
        return charts.data(caller, ChartRequest.of(ChartKind.of(chart), parameters, ChartFormat.SVG));
    }

    @GetMapping("/api/exports/charts/{chart}")
    @Operation(summary = "下载图表（默认 PNG；png、svg、pdf），以中文文件名附件返回，记入审计日志")
    Mono<ResponseEntity<byte[]>> export(@AuthenticationPrincipal Caller caller,
                                        @Parameter(description = "图表编号") @PathVariable String chart,
                                        @ParameterObject ChartParameters parameters) {
        ChartRequest request = ChartRequest.of(ChartKind.of(chart), parameters, ChartFormat.PNG);
        return charts.data(caller, request)
                .flatMap(data -> rendering.render(data, request))
                .flatMap(rendered -> audit.recordExport(caller, request.region(), ExportNames.what(rendered))
                        .thenReturn(rendered))
                .map(rendered -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(request.format().mediaType()))
                        .header(HttpHeaders.CONTENT_DISPOSITION, ExportNames.contentDisposition(rendered))
                        .cacheControl(CacheControl.noStore())
                        .body(rendered.bytes()));
    }

    /** Of the request and the figures drawn: equal figures, equal drawing. */
    private static String etag(ChartRequest request, ChartData data) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((RUN + "|" + request.format() + "|" + request.scale() + "|" + request.width() + "|"
                    + request.height() + "|" + request.layout() + "|" + data).getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest.digest(), 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256", e);
        }
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(",")).map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals(etag) || tag.equals("*"));
    }
}
