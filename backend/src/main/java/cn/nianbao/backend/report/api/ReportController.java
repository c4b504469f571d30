package cn.nianbao.backend.report.api;

import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.nianbao.backend.contract.ContractJson;
import cn.nianbao.backend.contract.ContractSchema;
import cn.nianbao.backend.platform.security.Caller;
import cn.nianbao.backend.platform.web.FieldProblem;
import cn.nianbao.backend.platform.web.InvalidDocumentException;
import cn.nianbao.backend.platform.web.YearRange;
import cn.nianbao.backend.report.NewVersion;
import cn.nianbao.backend.report.ReportService;
import cn.nianbao.backend.report.ReportSummary;
import cn.nianbao.backend.report.SourceDocument;
import cn.nianbao.backend.report.VersionOrigin;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/reports")
@Tag(name = "年报", description = "年报的读取与提交（每次修改都生成新版本）")
class ReportController {

    private final ReportService reports;

    ReportController(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping
    @Operation(summary = "某地区下各机构年报的当前版本摘要")
    Flux<ReportSummary> list(@AuthenticationPrincipal Caller caller,
                             @Parameter(description = "地区（机构）代码") @RequestParam String region,
                             @Parameter(description = "年度") @RequestParam(required = false) String year) {
        return reports.summaries(caller, region, YearRange.year("year", year));
    }

    @GetMapping("/{agency}/{year}")
    @Operation(summary = "一份年报：当前版本的合同格式数据、元数据和版本历史")
    Mono<ReportJson> get(@AuthenticationPrincipal Caller caller, @PathVariable String agency,
                         @PathVariable int year) {
        return reports.find(caller, agency, year).map(ReportJson::of);
    }

    @PutMapping(path = "/{agency}/{year}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "提交合同格式的年报：内容有变化时生成新版本，否则不做改动；附更正原因即为人工更正；"
            + "findings 为保存时发现的问题（如 AGENCY_MISMATCH：年报标题中的机构与所选机构不一致）")
    Mono<ResponseEntity<StoreResultJson>> put(@AuthenticationPrincipal Caller caller, @PathVariable String agency,
                                          @PathVariable int year,
                                          @Parameter(description = "更正原因") @RequestParam(required = false) String reason,
                                          @RequestBody JsonNode body) {
        List<FieldProblem> problems = ContractSchema.validate(body).stream()
                .map(error -> new FieldProblem(error.field(), error.message()))
                .toList();
        if (!problems.isEmpty()) {
            return Mono.error(new InvalidDocumentException(
                    "共 " + problems.size() + " 处不符合合同格式，首处：" + problems.getFirst().field() + " "
                            + problems.getFirst().message(), problems));
        }
        VersionOrigin origin = reason == null || reason.isBlank() ? VersionOrigin.API : VersionOrigin.MANUAL;
        NewVersion version = new NewVersion(ContractJson.read(body), origin, caller.username(), reason, null);
        return reports.store(caller, agency, year, version)
                .map(result -> ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
                        .body(StoreResultJson.of(result)));
    }

    @GetMapping("/{agency}/{year}/versions/{version}")
    @Operation(summary = "一份年报的某一版本：形状与当前版本相同（report 为该版本的内容，version 为该版本的信息），便于任意两版对照")
    Mono<ReportJson> version(@AuthenticationPrincipal Caller caller, @PathVariable String agency,
                             @PathVariable int year, @PathVariable int version) {
        return reports.findVersion(caller, agency, year, version).map(ReportJson::of);
    }

    /** The body of a request to make an older version active again. */
    record ActivateRequest(String reason) {
    }

    @PostMapping(path = "/{agency}/{year}/versions/{version}/activate", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "恢复某一历史版本为当前版本（须填写原因，记入审计日志）：管理员可恢复任何机构的年报，督查人员可恢复本地区的；"
            + "findings 为该版本当前的质量问题")
    Mono<StoreResultJson> activate(@AuthenticationPrincipal Caller caller, @PathVariable String agency,
                                   @PathVariable int year, @PathVariable int version,
                                   @RequestBody(required = false) ActivateRequest body) {
        return reports.activate(caller, agency, year, version, body == null ? null : body.reason())
                .map(StoreResultJson::of);
    }

    @GetMapping("/{agency}/{year}/versions/{version}/source")
    @Operation(summary = "下载某一版本所依据的原始文件（原样字节；记入审计日志的导出）；该版本不是由文件导入时为 404")
    Mono<ResponseEntity<byte[]>> source(@AuthenticationPrincipal Caller caller, @PathVariable String agency,
                                        @PathVariable int year, @PathVariable int version) {
        return reports.source(caller, agency, year, version).map(document -> ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.mediaType()))
                .contentLength(document.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName(document, agency, year, version), StandardCharsets.UTF_8)
                        .build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(document.content()));
    }

    private static String fileName(SourceDocument document, String agency, int year, int version) {
        return document.fileName() != null ? document.fileName() : agency + "_" + year + "_第" + version + "版原件";
    }
}
