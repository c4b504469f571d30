package cn.nianbao.backend.importing;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.contract.ContractJson;
import cn.nianbao.backend.importing.persistence.ImportRepository;
import cn.nianbao.backend.platform.database.Database;
import cn.nianbao.backend.platform.database.Tx;
import cn.nianbao.backend.platform.security.Caller;
import cn.nianbao.backend.platform.security.Role;
import cn.nianbao.backend.platform.web.BadRequestException;
import cn.nianbao.backend.platform.web.ForbiddenException;
import cn.nianbao.backend.platform.web.NotFoundException;
import cn.nianbao.backend.platform.web.RequestLimits;
import cn.nianbao.backend.platform.web.YearRange;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.codec.multipart.PartEvent;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Import jobs as people use them: start one from an upload, follow it, look at an item, confirm an item that waits,
 * download the failures. A job is seen only by the person who started it and by administrators; everyone else is
 * told it does not exist.
 */
@Service
public class ImportJobs {

    /** Items are written in chunks of at most this many bytes or items (one INSERT each). */
    private static final long CHUNK_BYTES = 4L * 1024 * 1024;
    private static final int CHUNK_ITEMS = 100;
    public static final int MAX_RECENT = 100;
    /** Bounds of a search for an item's body: the typed text, the page and how far one may page. */
    public static final int MAX_QUERY = 50;
    public static final int MAX_CANDIDATES = 50;
    public static final int MAX_OFFSET = 10_000;

    private final UploadReceiver receiver;
    private final ImportRepository repository;
    private final Database database;
    private final ItemProcessor processor;
    private final ImportWorkers workers;
    private final ImportProperties limits;
    private final AgencyDirectory directory;

    ImportJobs(UploadReceiver receiver, ImportRepository repository, Database database, ItemProcessor processor,
               ImportWorkers workers, ImportProperties limits, AgencyDirectory directory) {
        this.directory = directory;
        this.receiver = receiver;
        this.repository = repository;
        this.database = database;
        this.processor = processor;
        this.workers = workers;
        this.limits = limits;
    }

    /** A job with its items. */
    public record Detailed(ImportJob job, List<ImportItem> items) {
    }

    /**
     * Receives the upload and queues one item per document, the job and all its items in one transaction (a job is
     * there whole or not at all); the workers take it from there. The answer is the job's id.
     */
    public Mono<UUID> start(Caller caller, Flux<PartEvent> parts) {
        if (caller.role() == Role.VIEWER) {
            return parts.doOnNext(part -> DataBufferUtils.release(part.content()))
                    .then(Mono.error(new ForbiddenException("角色“" + caller.role().label() + "”只能查看，不能导入年报")));
        }
        return receiver.receive(parts).flatMap(upload -> Mono.defer(() -> {
                    if (upload.files().isEmpty()) {
                        return Mono.error(new BadRequestException(UploadReceiver.FILES,
                                "请求中没有名为 files 的文件（multipart/form-data）"));
                    }
                    UUID id = UUID.randomUUID();
                    return database.inTransaction(tx -> repository.insertJob(tx, id, caller, upload.publishedOn(),
                                            upload.url())
                                    .then(queue(tx, id, upload)))
                            .thenReturn(id);
                })
                .doFinally(signal -> Schedulers.boundedElastic().schedule(upload::delete)))
                .doOnNext(id -> workers.wakeUp());
    }

    private Mono<Void> queue(Tx tx, UUID id, Upload upload) {
        AtomicInteger total = new AtomicInteger();
        long[] chunk = {0, 0};
        return Flux.using(() -> new UploadDocuments(upload, limits), documents -> Flux.fromIterable(() -> documents),
                        UploadDocuments::close)
                // unpacking blocks: every request for the next document runs on a thread that may block
                .subscribeOn(Schedulers.boundedElastic(), true)
                .doOnNext(item -> total.incrementAndGet())
                .bufferUntil(item -> {
                    chunk[0] += item.content() == null ? 0 : item.content().length;
                    chunk[1]++;
                    if (chunk[0] >= CHUNK_BYTES || chunk[1] >= CHUNK_ITEMS) {
                        chunk[0] = 0;
                        chunk[1] = 0;
                        return true;
                    }
                    return false;
                })
                .concatMap(items -> repository.insertItems(tx, id, items), 1)
                .then(Mono.defer(() -> repository.setTotal(tx, id, total.get())));
    }

    public Mono<Detailed> job(Caller caller, String id) {
        return owned(caller, id).flatMap(job -> repository.items(database.autoCommit(), job.id()).collectList()
                .map(items -> new Detailed(job, items)));
    }

    public Mono<ImportItem> item(Caller caller, String id, int index) {
        return owned(caller, id).flatMap(job -> repository.item(database.autoCommit(), job.id(), index)
                .switchIfEmpty(Mono.error(noItem(index))));
    }

    /**
     * Stores an item that waits under the body and year the caller chose, within the caller's scope, and answers the
     * item as it is now. A refusal (the body outside the caller's scope, a year the body did not report…) is answered
     * as an error and the item keeps waiting.
     */
    public Mono<ImportItem> confirm(Caller caller, String id, int index, String agencyCode, Integer year) {
        return Mono.fromRunnable(() -> {
                    if (agencyCode == null || agencyCode.isBlank()) {
                        throw new BadRequestException("agency_code", "请选择年报所属的机构（agency_code）");
                    }
                    if (year == null) {
                        throw new BadRequestException("year", "请填写年报的年度（year）");
                    }
                    YearRange.check("year", year);
                })
                .then(item(caller, id, index))
                .flatMap(current -> current.status() != ItemStatus.NEEDS_CONFIRMATION
                        ? Mono.error(new BadRequestException("index", "第 " + index + " 项「" + current.fileName()
                                + "」不在待确认状态（当前：" + current.status().label() + "）"))
                        : owned(caller, id))
                .flatMap(job -> database.inTransaction(tx -> repository.claimWaiting(tx, job.id(), index)
                        .switchIfEmpty(Mono.error(new BadRequestException("index",
                                "第 " + index + " 项已被确认或正在确认")))
                        .flatMap(claimed -> processor.confirm(job, caller, claimed.fileName(), claimed.content(),
                                agencyCode.strip(), year))
                        .flatMap(settled -> repository.settle(tx, job.id(), index, settled))
                        .then(repository.item(tx, job.id(), index))));
    }

    /** A body offered for an item; {@code detected}: the document named it. */
    public record Candidate(String agencyCode, String agencyName, String parentName, boolean detected) {
    }

    /**
     * A page of the bodies the caller may store an item for whose name or code {@code query} names (blank: all), the
     * bodies the document named first: for a picker that loads as the person types, however large the scope.
     */
    public Mono<List<Candidate>> candidates(Caller caller, String id, int index, String query, String offset,
                                            String limit) {
        return Mono.defer(() -> {
            String text = RequestLimits.text("q", query, MAX_QUERY);
            int from = RequestLimits.number("offset", offset, 0, MAX_OFFSET, 0);
            int count = RequestLimits.number("limit", limit, 1, MAX_CANDIDATES, 20);
            return item(caller, id, index).flatMap(item -> {
                Set<String> detected = detected(item.candidatesJson());
                return directory.importableNamed(caller, text, detected, from, count).map(found -> found.stream()
                        .map(body -> new Candidate(body.code(), body.name(), body.parentName(),
                                detected.contains(body.code())))
                        .toList());
            });
        });
    }

    private static Set<String> detected(String candidatesJson) {
        Set<String> codes = new LinkedHashSet<>();
        if (candidatesJson != null) {
            ContractJson.MAPPER.readTree(candidatesJson).forEach(node -> codes.add(node.get("agency_code").asString()));
        }
        return codes;
    }

    /**
     * The failed and waiting items as CSV for Excel: UTF-8 with a byte order mark, columns 文件, 状态, 说明; a cell
     * that a spreadsheet would read as a formula is quoted with a leading apostrophe.
     */
    public Mono<byte[]> failures(Caller caller, String id) {
        return job(caller, id).map(detailed -> {
            StringBuilder csv = new StringBuilder("\uFEFF文件,状态,说明\r\n");
            for (ImportItem item : detailed.items()) {
                if (item.status() == ItemStatus.FAILED || item.status() == ItemStatus.NEEDS_CONFIRMATION) {
                    csv.append(cell(item.fileName())).append(',').append(cell(item.status().label())).append(',')
                            .append(cell(item.message())).append("\r\n");
                }
            }
            return csv.toString().getBytes(StandardCharsets.UTF_8);
        });
    }

    /** The caller's most recent jobs, newest first. */
    public Flux<ImportJob> recent(Caller caller, String limit) {
        return Mono.fromCallable(() -> RequestLimits.number("limit", limit, 1, MAX_RECENT, 20))
                .flatMapMany(count -> repository.recent(database.autoCommit(), caller.username(), count));
    }

    private Mono<ImportJob> owned(Caller caller, String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return Mono.error(noJob(id));
        }
        return repository.job(database.autoCommit(), uuid)
                .filter(job -> caller.isAdmin() || job.createdBy().equals(caller.username()))
                .switchIfEmpty(Mono.error(noJob(id)));
    }

    private static NotFoundException noJob(String id) {
        String shown = id == null ? "" : id.length() > 40 ? id.substring(0, 40) + "…" : id;
        return new NotFoundException("没有编号为 " + shown + " 的导入任务");
    }

    private static NotFoundException noItem(int index) {
        return new NotFoundException("导入任务中没有第 " + index + " 项（从 0 开始编号）");
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
