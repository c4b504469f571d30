package cn.nianbao.backend.importing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.importing.persistence.ImportRepository;
import cn.nianbao.backend.platform.database.Database;
import cn.nianbao.backend.platform.database.Tx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * The workers that import queued items, {@code nianbao.import.workers} of them in each backend. A worker claims a
 * batch of items in a transaction that holds their row locks while it works on them (parse, recognise, store the
 * batch's reports through the report service in one transaction of their own) and records each outcome in it; an item
 * whose report was left for a later batch stays queued. When a backend dies, its locks go with its connections and
 * the items are still queued: any worker takes them again — at start-up too, so a job interrupted by a crash is
 * resumed. An item stored but not yet recorded when the backend died is found unchanged
 * the second time (same content, same document), so nothing is stored twice.
 */
@Component
class ImportWorkers {

    private static final Logger log = LoggerFactory.getLogger(ImportWorkers.class);
    /** How often an idle worker looks for work that another backend queued. */
    private static final Duration POLL = Duration.ofSeconds(2);
    /** At most this many bytes of documents in one batch, however many items it may hold. */
    private static final long CLAIMED_BYTES = 32L << 20;

    private final ImportRepository repository;
    private final Database database;
    private final ItemProcessor processor;
    private final ImportProperties properties;
    private final AgencyDirectory directory;
    private final Sinks.Many<Boolean> wakeUp = Sinks.many().multicast().directBestEffort();
    private final List<Disposable> running = new ArrayList<>();

    ImportWorkers(ImportRepository repository, Database database, ItemProcessor processor,
                  ImportProperties properties, AgencyDirectory directory) {
        this.repository = repository;
        this.database = database;
        this.processor = processor;
        this.properties = properties;
        this.directory = directory;
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void start() {
        for (int i = 0; i < properties.workers(); i++) {
            running.add(Flux.merge(Flux.just(true), wakeUp.asFlux(), Flux.interval(POLL).map(tick -> true))
                    .onBackpressureLatest()
                    .concatMap(signal -> drain(), 1)
                    .subscribe());
        }
    }

    /** Tells idle workers that a job was queued. */
    void wakeUp() {
        wakeUp.tryEmitNext(true);
    }

    /**
     * Stops the workers as the backend begins to shut down, before any bean is destroyed: stopped later, a worker
     * still polled while the embedded database was stopping, and each logged that it could not connect.
     */
    @EventListener(ContextClosedEvent.class)
    synchronized void stop() {
        running.forEach(Disposable::dispose);
        running.clear();
    }

    /** Works batch after batch until none is left. */
    private Mono<Void> drain() {
        return Mono.defer(this::batch)
                .repeat()
                .takeWhile(worked -> worked)
                .onErrorResume(error -> {
                    log.warn("import worker: {}", error.toString());
                    return Mono.just(false);
                })
                .then();
    }

    /** One batch in one transaction; true when there was anything to do. */
    private Mono<Boolean> batch() {
        return database.inTransaction(tx -> repository.claim(tx, properties.batch(), CLAIMED_BYTES).collectList()
                        .flatMap(claimed -> claimed.isEmpty() ? Mono.just(false)
                                // the tree is read once for each batch: a body added or renamed a moment ago is known
                                : jobsOf(tx, claimed).zipWith(directory.printedNames().map(BatchNames::new))
                                        .flatMap(found -> work(tx, found.getT1(), claimed, found.getT2())
                                                .doFinally(signal -> found.getT2().release()))
                                        .thenReturn(true)))
                .defaultIfEmpty(false);
    }

    /** The batch's documents imported job by job, then every item's outcome recorded. */
    private Mono<Void> work(Tx tx, Map<UUID, ImportJob> jobs, List<ImportRepository.Claimed> claimed,
                            BatchNames names) {
        Settled[] settled = new Settled[claimed.size()];
        Map<UUID, List<Integer>> byJob = new LinkedHashMap<>();
        for (int i = 0; i < claimed.size(); i++) {
            byJob.computeIfAbsent(claimed.get(i).jobId(), id -> new ArrayList<>()).add(i);
        }
        return Flux.fromIterable(byJob.entrySet())
                .concatMap(ofJob -> processor.importAll(jobs.get(ofJob.getKey()), ofJob.getValue().stream()
                                .map(i -> new ItemProcessor.Document(claimed.get(i).fileName(), claimed.get(i).content()))
                                .toList(), names)
                        .doOnNext(outcomes -> {
                            for (int k = 0; k < outcomes.size(); k++) {
                                settled[ofJob.getValue().get(k)] = outcomes.get(k);
                            }
                        }))
                .then(Mono.defer(() -> repository.settle(tx, claimed, java.util.Arrays.asList(settled))));
    }

    private Mono<Map<UUID, ImportJob>> jobsOf(Tx tx, List<ImportRepository.Claimed> claimed) {
        Map<UUID, ImportJob> jobs = new HashMap<>();
        return Flux.fromIterable(claimed.stream().map(ImportRepository.Claimed::jobId).distinct().toList())
                .concatMap(id -> repository.job(tx, id))
                .doOnNext(job -> jobs.put(job.id(), job))
                .then(Mono.just(jobs));
    }

}
