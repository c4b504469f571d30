package cn.nianbao.backend.parser;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import cn.nianbao.backend.parser.input.DocumentReader;
import cn.nianbao.backend.parser.input.SourceText;
import cn.nianbao.backend.parser.ocr.OcrSettings;

/**
 * Parses one document (text, PDF, DOCX, HTML, markdown, scanned PDF — recognised from its bytes) into the contract
 * form. Never throws for bad input: a document that cannot be read gives a {@link ParseOutcome.Failed} naming the
 * problem.
 *
 * <p>Parses run on a bounded pool: {@code threads} workers and at most {@code queueLength} documents waiting; a
 * document beyond that is refused at once ({@link ParserBusyException}) rather than piling up memory. Each parse
 * runs within the time budget of its {@link ParseLimits}: every stage checks the deadline itself, and the worker is
 * interrupted when the budget (plus a second) is spent. Errors of the JVM (out of memory, stack overflow) are not
 * caught: the limits bound the input so that they do not happen, and if one does, it reaches the caller as it is.
 */
public final class ReportParser implements AutoCloseable {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final ParseLimits limits;
    private final OcrSettings ocr;
    private final int queueLength;
    private final ThreadPoolExecutor workers;

    /** Default limits, OCR with the {@code tesseract} on the PATH, two workers and eight waiting documents. */
    public ReportParser() {
        this(ParseLimits.DEFAULT);
    }

    public ReportParser(ParseLimits limits) {
        this(limits, OcrSettings.DEFAULT, 2, 8);
    }

    public ReportParser(ParseLimits limits, OcrSettings ocr, int threads, int queueLength) {
        if (threads < 1 || queueLength < 0) {
            throw new IllegalArgumentException("threads must be ≥ 1 and queueLength ≥ 0");
        }
        this.limits = limits;
        this.ocr = ocr;
        this.queueLength = queueLength;
        String name = "report-parser-" + POOLS.incrementAndGet() + "-";
        AtomicInteger count = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                queueLength == 0 ? new java.util.concurrent.SynchronousQueue<>() : new ArrayBlockingQueue<>(queueLength),
                task -> {
                    Thread thread = new Thread(task, name + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        workers.allowCoreThreadTimeOut(true);
    }

    public ParseLimits limits() {
        return limits;
    }

    /**
     * Starts parsing on a worker. The future completes with the outcome — a timeout is a {@link ParseOutcome.Failed}
     * — or exceptionally only with an error of the JVM.
     *
     * @throws ParserBusyException when every worker is busy and the queue is full
     */
    public CompletableFuture<ParseOutcome> submit(String source, byte[] bytes) {
        CompletableFuture<ParseOutcome> result = new CompletableFuture<>();
        Future<?> running;
        try {
            running = workers.submit(() -> {
                try {
                    result.complete(parseNow(source, bytes));
                } catch (Throwable e) {
                    result.completeExceptionally(e); // an Error of the JVM: handed to the caller, not swallowed
                }
            });
        } catch (RejectedExecutionException e) {
            throw new ParserBusyException(queueLength);
        }
        long budget = limits.timeBudget().toMillis() + 1000;
        result.completeOnTimeout(timedOut(source), budget, TimeUnit.MILLISECONDS);
        result.whenComplete((outcome, error) -> running.cancel(true));
        return result;
    }

    /** Parses on a worker and waits for the outcome (the command line). */
    public ParseOutcome parse(String source, byte[] bytes) {
        CompletableFuture<ParseOutcome> work = submit(source, bytes);
        try {
            return work.get();
        } catch (InterruptedException e) {
            work.cancel(true);
            Thread.currentThread().interrupt();
            return new ParseOutcome.Failed(source, "解析被中断");
        } catch (ExecutionException | CompletionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The parse on the calling thread, with the cooperative deadline only (benchmarks measure this). */
    public ParseOutcome parseNow(String source, byte[] bytes) {
        Deadline deadline = Deadline.in(limits.timeBudget());
        try {
            SourceText text = DocumentReader.read(bytes, limits, ocr, deadline);
            deadline.check();
            ReportAssembler.Assembled assembled = ReportAssembler.assemble(text);
            return new ParseOutcome.Parsed(source, assembled.report(), assembled.findings(),
                    assembled.places(), assembled.names());
        } catch (UnreadableDocumentException e) {
            return new ParseOutcome.Failed(source, e.getMessage());
        } catch (RuntimeException e) {
            return new ParseOutcome.Failed(source, "解析出错（" + e.getClass().getSimpleName() + "）");
        }
    }

    private ParseOutcome timedOut(String source) {
        return new ParseOutcome.Failed(source, "解析超时（超过 " + limits.timeBudget().toSeconds() + " 秒）");
    }

    /** Stops the workers; parses still running are interrupted. */
    @Override
    public void close() {
        workers.shutdownNow();
    }
}
