package cn.nianbao.backend.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import cn.nianbao.backend.platform.web.BadRequestException;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.codec.multipart.FilePartEvent;
import org.springframework.http.codec.multipart.FormPartEvent;
import org.springframework.http.codec.multipart.PartEvent;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Reads a multipart upload as it streams in: each file of the field {@code files} goes straight to a temporary file
 * (never whole into memory), bounded as it arrives — a document by {@code max-file-size}, a ZIP archive by
 * {@code max-archive-size}; a file over its bound is read to its end and dropped, and stays in the upload as its
 * refusal naming it. The fields {@code published_on} (yyyy-MM-dd) and {@code url} are read too.
 */
@Component
class UploadReceiver {

    static final String FILES = "files";
    private static final int MAX_URL = 2000;

    private final ImportProperties limits;

    UploadReceiver(ImportProperties limits) {
        this.limits = limits;
    }

    Mono<Upload> receive(Flux<PartEvent> parts) {
        return Mono.fromCallable(() -> Files.createTempDirectory("nianbao-import-"))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(folder -> {
                    List<Upload.File> files = new ArrayList<>();
                    String[] fields = new String[2];
                    return parts.windowUntil(PartEvent::isLast)
                            .concatMap(part -> part.switchOnFirst((first, events) -> {
                                if (!first.hasValue()) {
                                    return events.then();
                                }
                                PartEvent event = first.get();
                                if (event instanceof FilePartEvent file && FILES.equals(file.name())) {
                                    if (files.size() >= limits.maxDocuments()) {
                                        return drain(events).then(Mono.error(new BadRequestException(FILES,
                                                "一次最多上传 " + limits.maxDocuments() + " 个文件")));
                                    }
                                    return save(folder, files.size(), file.filename(), events).doOnNext(files::add)
                                            .then();
                                }
                                if (event instanceof FormPartEvent form) {
                                    switch (form.name()) {
                                        case "published_on" -> fields[0] = form.value();
                                        case "url" -> fields[1] = form.value();
                                        default -> { }
                                    }
                                }
                                return drain(events);
                            }))
                            .then(Mono.fromCallable(() -> new Upload(folder, files, date(fields[0]), url(fields[1]))))
                            .onErrorResume(error -> Mono.fromRunnable(() -> new Upload(folder, List.of(), null, null)
                                    .delete()).subscribeOn(Schedulers.boundedElastic()).then(Mono.error(error)));
                });
    }

    private Mono<Upload.File> save(Path folder, int number, String fileName, Flux<PartEvent> events) {
        String name = fileName == null || fileName.isBlank() ? "第 " + (number + 1) + " 个文件" : fileName.strip();
        boolean archive = UploadDocuments.isArchive(name);
        long limit = (archive ? limits.maxArchiveSize() : limits.maxFileSize()).toBytes();
        Path path = folder.resolve(Integer.toString(number));
        AtomicLong received = new AtomicLong();
        AtomicBoolean over = new AtomicBoolean();
        // each piece is copied out of the request's buffer at once: the reader reuses its buffers after emitting
        Flux<DataBuffer> content = events.handle((event, sink) -> {
            DataBuffer buffer = event.content();
            try {
                if (!over.get() && received.addAndGet(buffer.readableByteCount()) <= limit) {
                    byte[] bytes = new byte[buffer.readableByteCount()];
                    buffer.read(bytes);
                    sink.next(DefaultDataBufferFactory.sharedInstance.wrap(bytes));
                } else {
                    over.set(true);
                }
            } finally {
                DataBufferUtils.release(buffer);
            }
        });
        return DataBufferUtils.write(content, path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
                .then(Mono.fromCallable(() -> {
                    if (!over.get()) {
                        return new Upload.File(name, path, null);
                    }
                    Files.deleteIfExists(path);
                    return new Upload.File(name, null, (archive ? "压缩包「" : "文件「") + name + "」超过 "
                            + ImportProperties.megabytes(archive ? limits.maxArchiveSize() : limits.maxFileSize())
                            + " 上限，未导入");
                }).subscribeOn(Schedulers.boundedElastic()));
    }

    private static Mono<Void> drain(Flux<PartEvent> events) {
        return events.doOnNext(event -> DataBufferUtils.release(event.content())).then();
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("published_on", "发布日期应为 yyyy-MM-dd 格式，收到 " + shorten(value));
        }
    }

    private static String url(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String url = value.strip();
        String lower = url.toLowerCase(Locale.ROOT);
        if (url.length() > MAX_URL || !(lower.startsWith("http://") || lower.startsWith("https://"))
                || url.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new BadRequestException("url", "发布网址应为 http:// 或 https:// 开头、不超过 " + MAX_URL
                    + " 个字符的网址，收到 " + shorten(url));
        }
        return url;
    }

    private static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
