package cn.nianbao.backend.importing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code nianbao.import.*}: the bounds of an upload — one document, one archive (as uploaded or inside another), what
 * an archive may unpack to and how many entries it may hold, how many documents one upload may bring — and how many
 * workers import at once, each claiming {@code batch} items at a time. The whole request is bounded before it is
 * read by {@code nianbao.upload.max-import-request-size}.
 */
@ConfigurationProperties("nianbao.import")
public record ImportProperties(@DefaultValue("20MB") DataSize maxFileSize,
                               @DefaultValue("500MB") DataSize maxArchiveSize,
                               @DefaultValue("2GB") DataSize maxUnpackedSize,
                               @DefaultValue("20000") int maxEntries,
                               @DefaultValue("50000") int maxDocuments,
                               @DefaultValue("4") int workers,
                               @DefaultValue("50") int batch) {

    public ImportProperties {
        if (workers < 0 || workers > 64) {
            throw new IllegalArgumentException("nianbao.import.workers 应在 0 到 64 之间，当前为 " + workers);
        }
        if (batch < 1 || batch > 100) {
            throw new IllegalArgumentException("nianbao.import.batch 应在 1 到 100 之间，当前为 " + batch);
        }
    }

    static String megabytes(DataSize size) {
        return size.toMegabytes() + " MB";
    }
}
