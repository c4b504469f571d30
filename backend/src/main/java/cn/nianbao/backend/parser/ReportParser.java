package cn.nianbao.backend.parser;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import cn.nianbao.backend.parser.input.DocumentReader;
import cn.nianbao.backend.parser.input.SourceText;

/**
 * Parses one document (text, PDF, DOCX, HTML, markdown — recognised from its bytes) into the contract form. Never
 * throws for bad input: a document that cannot be read gives a {@link ParseOutcome.Failed} naming the problem.
 * Each parse runs within the time budget of its {@link ParseLimits}; the worker is abandoned (interrupted) when
 * the budget runs out, and every stage also checks the deadline itself so that it stops soon after.
 */
public final class ReportParser {

    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "report-parser");
        thread.setDaemon(true);
        return thread;
    });

    private final ParseLimits limits;

    public ReportParser() {
        this(ParseLimits.DEFAULT);
    }

    public ReportParser(ParseLimits limits) {
        this.limits = limits;
    }

    public ParseOutcome parse(String source, byte[] bytes) {
        Future<ParseOutcome> work = WORKERS.submit(() -> parseNow(source, bytes));
        try {
            return work.get(limits.timeBudget().toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            work.cancel(true);
            return new ParseOutcome.Failed(source, "解析超时（超过 " + limits.timeBudget().toSeconds() + " 秒）");
        } catch (InterruptedException e) {
            work.cancel(true);
            Thread.currentThread().interrupt();
            return new ParseOutcome.Failed(source, "解析被中断");
        } catch (ExecutionException e) {
            return new ParseOutcome.Failed(source, "解析出错（" + e.getCause().getClass().getSimpleName() + "）");
        }
    }

    /** The parse on the calling thread, with the cooperative deadline only (benchmarks measure this). */
    public ParseOutcome parseNow(String source, byte[] bytes) {
        Deadline deadline = Deadline.in(limits.timeBudget());
        try {
            SourceText text = DocumentReader.read(bytes, limits, deadline);
            deadline.check();
            ReportAssembler.Assembled assembled = ReportAssembler.assemble(text);
            return new ParseOutcome.Parsed(source, assembled.report(), assembled.findings());
        } catch (UnreadableDocumentException e) {
            return new ParseOutcome.Failed(source, e.getMessage());
        } catch (OutOfMemoryError e) {
            return new ParseOutcome.Failed(source, "文件过于复杂，超出内存上限");
        } catch (StackOverflowError e) {
            return new ParseOutcome.Failed(source, "文件结构嵌套过深，无法解析");
        } catch (RuntimeException e) {
            return new ParseOutcome.Failed(source, "解析出错（" + e.getClass().getSimpleName() + "）");
        }
    }
}
