package cn.nianbao.backend.chart.rendering;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;

import cn.nianbao.backend.chart.ChartData;
import cn.nianbao.backend.chart.ChartRequest;
import cn.nianbao.backend.platform.web.TooManyRequestsException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Draws charts off the event loop, on a few threads of their own (one per core, at most four) with a bounded queue:
 * drawing is CPU work that would otherwise stall every request, and a burst of chart requests must not take all the
 * memory (a 2× PNG of the largest figure is about 45 MB while it is drawn). A full queue answers 429.
 */
@Component
public class ChartRendering implements DisposableBean {

    static final int QUEUED = 64;

    private final Scheduler scheduler = Schedulers.newBoundedElastic(
            Math.min(4, Math.max(1, Runtime.getRuntime().availableProcessors())), QUEUED, "chart-render");

    public Mono<RenderedChart> render(ChartData data, ChartRequest request) {
        return Mono.fromCallable(() -> draw(data, request))
                .subscribeOn(scheduler)
                .onErrorMap(RejectedExecutionException.class, e -> new TooManyRequestsException(
                        "同时请求的图表过多，请稍后再试", Duration.ofSeconds(2)));
    }

    /** Other drawing work of the exports (a meeting pack), on the same bounded threads and queue. */
    public <T> Mono<T> offload(java.util.concurrent.Callable<T> work) {
        return Mono.fromCallable(work)
                .subscribeOn(scheduler)
                .onErrorMap(RejectedExecutionException.class, e -> new TooManyRequestsException(
                        "同时请求的导出过多，请稍后再试", Duration.ofSeconds(2)));
    }

    /** Draws on the calling thread: for the benchmark and for callers already off the event loop. */
    public static RenderedChart draw(ChartData data, ChartRequest request) {
        Figure figure = ChartDrawings.figure(data, request.layout(), request.width(), request.height());
        return new RenderedChart(data, request.format(),
                ChartFiles.render(figure, request.format(), request.scale()), figure.width(), figure.height());
    }

    @Override
    public void destroy() {
        scheduler.dispose();
    }
}
