package cn.nianbao.backend.importing.api;

import java.nio.charset.StandardCharsets;

import cn.nianbao.backend.importing.ImportJobs;
import cn.nianbao.backend.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.PartEvent;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
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
@RequestMapping("/api/imports")
@Tag(name = "导入", description = "批量导入年报文件（文档或 ZIP 压缩包），后台逐个解析、识别机构和年度并保存为新版本")
class ImportController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ImportJobs imports;

    ImportController(ImportJobs imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "开始导入：multipart 字段 files（一个或多个文档及/或 ZIP 压缩包），可选 published_on（yyyy-MM-dd）"
            + "与 url（文档未印发布日期、网址时采用）；返回任务编号，任务在后台运行")
    Mono<ImportJson.Started> start(@AuthenticationPrincipal Caller caller, @RequestBody Flux<PartEvent> parts) {
        return imports.start(caller, parts).map(ImportJson.Started::new);
    }

    @GetMapping
    @Operation(summary = "本人最近的导入任务（各状态的文件数）")
    Flux<ImportJson.Summary> recent(@AuthenticationPrincipal Caller caller,
                                    @Parameter(description = "最多几个任务（1–100，默认 20）")
                                    @RequestParam(required = false) String limit) {
        return imports.recent(caller, limit).map(ImportJson.Summary::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "导入任务的进度和每个文件的结果（仅任务创建者和管理员可见）")
    Mono<ImportJson.Job> job(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return imports.job(caller, id).map(ImportJson.Job::of);
    }

    @GetMapping("/{id}/items/{index}")
    @Operation(summary = "导入任务中的一个文件（index 从 0 开始），附解析出的年报（待确认文件的预览）及其问题")
    Mono<ImportJson.ItemWithReport> item(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                         @PathVariable int index) {
        return imports.item(caller, id, index).map(ImportJson.ItemWithReport::of);
    }

    @PostMapping(path = "/{id}/items/{index}/confirm", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "确认待确认文件的机构和年度并保存（在本人权限范围内）；返回更新后的文件结果")
    Mono<ImportJson.Item> confirm(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                  @PathVariable int index, @RequestBody ImportJson.Confirmation body) {
        return imports.confirm(caller, id, index, body.agencyCode(), body.year()).map(ImportJson.Item::of);
    }

    @GetMapping("/{id}/items/{index}/candidates")
    @Operation(summary = "为待确认文件查找机构：名称或代码包含 q 的、本人可导入的机构（文件中识别出的在前），分页")
    Flux<ImportJson.Candidate> candidates(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                          @PathVariable int index,
                                          @Parameter(description = "机构名称或代码的一部分（最多 50 个字符；空：全部）")
                                          @RequestParam(required = false) String q,
                                          @Parameter(description = "跳过前几个（0–10000，默认 0）")
                                          @RequestParam(required = false) String offset,
                                          @Parameter(description = "最多几个（1–50，默认 20）")
                                          @RequestParam(required = false) String limit) {
        return imports.candidates(caller, id, index, q, offset, limit)
                .flatMapIterable(found -> found.stream().map(ImportJson.Candidate::of).toList());
    }

    @GetMapping("/{id}/failures")
    @Operation(summary = "失败和待确认的文件清单（CSV，UTF-8 带 BOM，可用 Excel 打开）")
    Mono<ResponseEntity<byte[]>> failures(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return imports.failures(caller, id).map(csv -> ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("导入失败清单.csv", StandardCharsets.UTF_8).build().toString())
                .body(csv));
    }
}
