package cn.nianbao.backend.importing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.nianbao.backend.agency.Agency;
import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.ContractJson;
import cn.nianbao.backend.contract.Finding;
import cn.nianbao.backend.parser.ParseOutcome;
import cn.nianbao.backend.parser.ParserBusyException;
import cn.nianbao.backend.parser.ReportParser;
import cn.nianbao.backend.platform.database.DataRefusal;
import cn.nianbao.backend.platform.security.Caller;
import cn.nianbao.backend.platform.web.BadRequestException;
import cn.nianbao.backend.platform.web.ForbiddenException;
import cn.nianbao.backend.platform.web.NotFoundException;
import cn.nianbao.backend.quality.rules.SingleReportRules;
import cn.nianbao.backend.quality.rules.SourcePositions;
import cn.nianbao.backend.report.NewVersion;
import cn.nianbao.backend.report.ReportService;
import cn.nianbao.backend.report.SourceDocument;
import cn.nianbao.backend.report.StoreResult;
import cn.nianbao.backend.report.VersionOrigin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import tools.jackson.databind.node.ArrayNode;

/**
 * What happens to the documents of an import: parsed (on the parser's bounded pool), their bodies and years
 * recognised, checked against the importer's scope, and stored through {@link ReportService} a batch at a time — or
 * left waiting for a person to confirm the body and year, or failed with a message naming the file. Never fails itself: whatever goes wrong with
 * one document is that document's outcome and touches no other.
 */
@Component
class ItemProcessor {

    private static final Logger log = LoggerFactory.getLogger(ItemProcessor.class);
    private static final Duration PARSER_BUSY_WAIT = Duration.ofMillis(200);
    /** How many documents of a batch are handed to the parser's pool at once. */
    private static final int PARSING = 4;
    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "htm", "text/html", "html", "text/html", "shtml", "text/html", "xhtml", "application/xhtml+xml",
            "md", "text/markdown");

    private final ReportParser parser;
    private final AgencyDirectory directory;
    private final ReportService reports;

    ItemProcessor(ReportParser parser, AgencyDirectory directory, ReportService reports) {
        this.parser = parser;
        this.directory = directory;
        this.reports = reports;
    }

    /** A queued document of a batch: its name and bytes. */
    record Document(String fileName, byte[] content) {
    }

    /** What a document of a batch is on its way: its outcome already, read, or a report to store. */
    private sealed interface Prepared {

        record Done(Settled settled) implements Prepared {
        }

        record Read(Document document, ParseOutcome.Parsed parsed, Recognition.Bodies bodies, Integer year)
                implements Prepared {
        }

        record ToStore(String fileName, Agency agency, int year, NewVersion version) implements Prepared {
        }
    }

    /**
     * The outcomes of one job's documents of a batch, in their order: each parsed on the parser's pool (a few at a
     * time), its body and year recognised (the owner's scope read once for the whole batch), then the reports stored
     * together ({@link ReportService#storeImported(Caller, List)}). Never fails: what goes wrong with a document is
     * its own outcome, a report refused its own item's failure with a message naming the file. A report the store
     * left for a later batch has no outcome (null): its item stays queued.
     */
    Mono<List<Settled>> importAll(ImportJob job, List<Document> documents, BatchNames names) {
        return Flux.fromIterable(documents)
                .flatMapSequential(document -> read(document, names), PARSING)
                .collectList()
                .flatMap(read -> directory.importable(job.owner(), read.stream()
                                .filter(Prepared.Read.class::isInstance)
                                .flatMap(each -> ((Prepared.Read) each).bodies().matches().stream())
                                .map(Agency::code).toList())
                        .map(inScope -> read.stream().map(each -> each instanceof Prepared.Read found
                                ? recognise(job, found, inScope) : each).toList()))
                .flatMap(prepared -> {
                    List<Prepared.ToStore> toStore = prepared.stream().filter(Prepared.ToStore.class::isInstance)
                            .map(Prepared.ToStore.class::cast).toList();
                    return storeAll(job, toStore).map(stored -> {
                        List<Settled> settled = new ArrayList<>();
                        int next = 0;
                        for (Prepared each : prepared) {
                            settled.add(each instanceof Prepared.Done done ? done.settled() : stored.get(next++));
                        }
                        return settled;
                    });
                })
                .onErrorResume(error -> Mono.just(documents.stream()
                        .map(document -> unexpected(document.fileName(), error)).toList()));
    }

    private Mono<Prepared> read(Document document, BatchNames names) {
        String fileName = document.fileName();
        return parse(fileName, document.content())
                .map(outcome -> switch (outcome) {
                    case ParseOutcome.Failed failed -> (Prepared) new Prepared.Done(Settled.failed(failed.message()));
                    case ParseOutcome.Parsed parsed -> new Prepared.Read(document, parsed,
                            Recognition.bodies(parsed.report(), parsed.names(), fileName, names.get()),
                            Recognition.year(parsed.report(), fileName));
                })
                .onErrorResume(error -> Mono.just(new Prepared.Done(unexpected(fileName, error))));
    }

    private Mono<List<Settled>> storeAll(ImportJob job, List<Prepared.ToStore> batch) {
        if (batch.isEmpty()) {
            return Mono.just(List.of());
        }
        List<ReportService.Imported> imported = batch.stream().map(item -> new ReportService.Imported(
                item.agency().code(), item.year(), item.version(), what(job, item.fileName()))).toList();
        return reports.storeImported(job.owner(), imported).map(outcomes -> {
            List<Settled> settled = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                Prepared.ToStore item = batch.get(i);
                ReportService.ImportOutcome outcome = outcomes.get(i);
                settled.add(outcome.left() ? null
                        : outcome.error() == null ? stored(item.agency(), item.year(), outcome.result())
                        : notStored(item.fileName(), outcome.error()));
            }
            return settled;
        });
    }

    /** Stores a waiting document under the body and year a person chose; errors are the caller's to answer. */
    Mono<Settled> confirm(ImportJob job, Caller confirmedBy, String fileName, byte[] content, String agencyCode,
                          int year) {
        return parse(fileName, content).flatMap(outcome -> switch (outcome) {
            case ParseOutcome.Failed failed -> Mono.just(Settled.failed(failed.message()));
            case ParseOutcome.Parsed parsed -> directory.importable(confirmedBy, agencyCode)
                    .flatMap(agency -> reports.storeImported(confirmedBy, agency.code(), year,
                                    version(job, confirmedBy, fileName, content, parsed), what(job, fileName))
                            .map(result -> stored(agency, year, result)));
        });
    }

    private Mono<ParseOutcome> parse(String fileName, byte[] content) {
        String base = Recognition.baseName(fileName);
        return Mono.defer(() -> Mono.fromFuture(parser.submit(base, content)))
                // the parser's queue is shared with /api/parse: an import waits its turn rather than failing
                .retryWhen(Retry.fixedDelay(Long.MAX_VALUE, PARSER_BUSY_WAIT)
                        .filter(ParserBusyException.class::isInstance))
                .map(outcome -> outcome instanceof ParseOutcome.Failed failed
                        ? new ParseOutcome.Failed(fileName, failed.problem()) : outcome);
    }

    /** One certain body in the owner's scope and a year: a report to store; else waiting or failed. */
    private static Prepared recognise(ImportJob job, Prepared.Read read, Map<String, Agency> importable) {
        Caller owner = job.owner();
        String fileName = read.document().fileName();
        ParseOutcome.Parsed parsed = read.parsed();
        Integer year = read.year();
        List<Agency> inScope = read.bodies().matches().stream().map(body -> importable.get(body.code()))
                .filter(java.util.Objects::nonNull).toList();
        String printed = read.bodies().printed();
        List<String> disagreeing = read.bodies().disagreeing();
        if (inScope.size() == 1 && year != null && disagreeing.isEmpty()) {
            return new Prepared.ToStore(fileName, inScope.getFirst(), year,
                    version(job, owner, fileName, read.document().content(), parsed));
        }
        if (inScope.isEmpty() && printed != null && !owner.isAdmin()) {
            // the same answer whether the body is elsewhere in the tree or nowhere: nothing leaks
            return new Prepared.Done(Settled.failed("文件「" + fileName + "」：年报所属机构「" + printed
                    + "」不在您可导入的范围内，或系统中没有该机构"));
        }
        String message;
        if (!disagreeing.isEmpty()) {
            message = "文件中的机构名称不一致（" + String.join("、", disagreeing.stream().map(name -> "「" + name + "」")
                    .toList()) + "），请选择机构后确认";
        } else if (inScope.isEmpty()) {
            message = printed == null ? "未能从文件中识别年报所属的机构，请选择机构后确认"
                    : "系统中找不到年报所属的机构「" + printed + "」，请选择机构后确认";
        } else if (inScope.size() > 1) {
            message = "「" + printed + "」对应 " + inScope.size() + " 个机构，请选择后确认";
        } else {
            message = "未能从文件中识别年报的年度，请填写年度后确认";
        }
        Agency only = inScope.size() == 1 ? inScope.getFirst() : null;
        return new Prepared.Done(new Settled(ItemStatus.NEEDS_CONFIRMATION, only == null ? null : only.code(),
                only == null ? null : only.name(), year, null, message,
                findingsJson(SingleReportRules.forParsedDocument(parsed.report(), parsed.findings(),
                        SourcePositions.of(parsed.positions()))),
                candidatesJson(inScope), ContractJson.write(parsed.report()).toString()));
    }

    /** The version a document makes (the form's publication date and address where the document prints none). */
    private static NewVersion version(ImportJob job, Caller caller, String fileName, byte[] content,
                                      ParseOutcome.Parsed parsed) {
        String base = Recognition.baseName(fileName);
        return new NewVersion(withForm(parsed.report(), job), VersionOrigin.IMPORT, caller.username(), null,
                new SourceDocument(base, mediaType(base), content), parsed.findings(), parsed.positions());
    }

    private static Settled stored(Agency agency, int year, StoreResult result) {
        return new Settled(result.created() ? ItemStatus.IMPORTED : ItemStatus.UNCHANGED, agency.code(), agency.name(),
                year, result.versionNo(), null, findingsJson(result.findings()), null, null);
    }

    private static String what(ImportJob job, String fileName) {
        return "导入任务 " + job.id() + "：" + shorten(fileName);
    }

    private static AnnualReport withForm(AnnualReport report, ImportJob job) {
        AnnualReport.Details details = report.details();
        if ((details.publishedOn() != null || job.publishedOn() == null) && (details.url() != null || job.url() == null)) {
            return report;
        }
        return report.withDetails(new AnnualReport.Details(details.statisticsPeriod(), details.contact(),
                details.sections(), details.publishedOn() != null ? details.publishedOn() : job.publishedOn(),
                details.url() != null ? details.url() : job.url()));
    }

    /** A report the store refused: the refusal's own message, what the database refused, or an unexpected error. */
    private static Settled notStored(String fileName, Throwable error) {
        if (error instanceof BadRequestException || error instanceof NotFoundException
                || error instanceof ForbiddenException) {
            return Settled.failed("文件「" + fileName + "」：" + error.getMessage());
        }
        String refused = DataRefusal.of(error);
        return refused == null ? unexpected(fileName, error) : Settled.failed("文件「" + fileName
                + "」：数据库拒绝保存这份年报（" + refused + "），请核对文件后重新导入或手工录入");
    }

    private static Settled unexpected(String fileName, Throwable error) {
        log.error("import of {} failed", fileName, error);
        return Settled.failed("文件「" + fileName + "」：保存时出错（" + error.getClass().getSimpleName() + "），请稍后重试");
    }

    static String mediaType(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return MEDIA_TYPES.getOrDefault(extension, extension.equals("txt") || extension.equals("text")
                ? "text/plain" : SourceDocument.UNKNOWN_MEDIA_TYPE);
    }

    private static String shorten(String fileName) {
        return fileName.length() <= 500 ? fileName : "…" + fileName.substring(fileName.length() - 500);
    }

    static String findingsJson(List<Finding> findings) {
        return ContractJson.writeFindings(findings).toString();
    }

    private static String candidatesJson(List<Agency> candidates) {
        ArrayNode array = ContractJson.MAPPER.createArrayNode();
        for (Agency candidate : candidates) {
            array.addObject().put("agency_code", candidate.code()).put("agency_name", candidate.name());
        }
        return array.toString();
    }
}
