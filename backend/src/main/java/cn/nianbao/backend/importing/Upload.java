package cn.nianbao.backend.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * An upload as received: its files saved in a temporary folder, in the order they came, and the form's fields. A file
 * that broke a limit while it arrived is kept as its refusal, without its bytes.
 */
record Upload(Path folder, List<File> files, LocalDate publishedOn, String url) {

    Upload {
        files = List.copyOf(files);
    }

    /** One uploaded file: its name as the browser gave it, where its bytes are, or why it was refused. */
    record File(String name, Path path, String refusal) {
    }

    /** Removes the temporary folder and everything in it. */
    void delete() {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
