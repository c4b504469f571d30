package cn.nianbao.backend.importing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import cn.nianbao.backend.report.ContentHash;

/**
 * The documents of an upload one at a time, in order, archives unpacked as they are read (a ZIP is streamed entry by
 * entry, never held whole): each document becomes an item with its bytes, or with the Chinese message saying why it
 * is refused — over the size limit, outside its archive ({@code ../}, absolute paths), an archive inside an archive
 * inside an archive, a type we do not read, an encrypted PDF, the same bytes as an earlier file of the upload. An
 * archive that unpacks to more than {@code max-unpacked-size} or holds more than {@code max-entries} entries (a ZIP
 * bomb) is abandoned at that point with one item saying so. Blocking: run it on a thread that may block.
 */
final class UploadDocuments implements Iterator<NewItem>, AutoCloseable {

    /** Windows writes Chinese entry names in GBK without the UTF-8 flag; entries with the flag are read as UTF-8. */
    private static final Charset ENTRY_NAMES = Charset.forName("GB18030");
    private static final Set<String> DOCUMENT_TYPES = Set.of("pdf", "docx", "htm", "html", "shtml", "xhtml", "txt",
            "text", "md");
    private static final Set<String> IGNORED = Set.of(".ds_store", "thumbs.db", "desktop.ini");
    private static final byte[] ENCRYPT = "/Encrypt".getBytes(StandardCharsets.ISO_8859_1);

    private final Iterator<Upload.File> files;
    private final Path scratch;
    private final ImportProperties limits;
    private final Deque<OpenArchive> archives = new ArrayDeque<>();
    private final Map<String, String> seen = new HashMap<>();
    private NewItem next;
    private int index;
    private int nested;

    UploadDocuments(Upload upload, ImportProperties limits) {
        this.files = upload.files().iterator();
        this.scratch = upload.folder();
        this.limits = limits;
    }

    static boolean isArchive(String name) {
        return extension(name).equals("zip");
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public NewItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        NewItem item = next;
        next = null;
        return item;
    }

    @Override
    public void close() {
        while (!archives.isEmpty()) {
            archives.pop().close();
        }
    }

    /** The next item, or null at the end. */
    private NewItem advance() {
        while (true) {
            if (!archives.isEmpty()) {
                NewItem item = fromArchive(archives.peek());
                if (item != null) {
                    return item;
                }
                continue;
            }
            if (!files.hasNext()) {
                return null;
            }
            Upload.File file = files.next();
            if (file.refusal() != null) {
                return failed(file.name(), file.refusal());
            }
            if (isArchive(file.name())) {
                NewItem refused = open(file.name(), file.path(), 0, new Budget());
                if (refused != null) {
                    return refused;
                }
                continue;
            }
            try {
                return document(file.name(), Files.readAllBytes(file.path()));
            } catch (IOException e) {
                return failed(file.name(), "文件「" + file.name() + "」读取失败");
            }
        }
    }

    /** Opens an archive (pushed on the stack), or answers the item that refuses it. */
    private NewItem open(String name, Path path, int depth, Budget budget) {
        try {
            InputStream in = new BufferedInputStream(Files.newInputStream(path));
            byte[] magic = in.readNBytes(4);
            in.close();
            if (magic.length < 4 || magic[0] != 'P' || magic[1] != 'K' || !(magic[2] == 3 || magic[2] == 5)) {
                return failed(name, "压缩包「" + name + "」不是有效的 ZIP 文件");
            }
            archives.push(new OpenArchive(name, depth, budget,
                    new ZipInputStream(new BufferedInputStream(Files.newInputStream(path)), ENTRY_NAMES)));
            return null;
        } catch (IOException e) {
            return failed(name, "压缩包「" + name + "」读取失败");
        }
    }

    /** The next item of the archive on top of the stack, or null when it has ended (it is then closed). */
    private NewItem fromArchive(OpenArchive archive) {
        try {
            ZipEntry entry = archive.in.getNextEntry();
            if (entry == null) {
                archives.pop().close();
                return null;
            }
            String entryName = entry.getName().replace('\\', '/');
            String shown = archive.name + "/" + entryName;
            if (++archive.budget.entries > limits.maxEntries()) {
                return abandon(archive, "压缩包「" + archive.name + "」中的文件超过 " + limits.maxEntries()
                        + " 个（可能是压缩炸弹），其余文件未导入");
            }
            if (escapes(entryName)) {
                return failed(shown, "压缩包「" + archive.name + "」中的「" + entryName + "」指向压缩包之外，已拒绝");
            }
            if (entry.isDirectory() || ignored(entryName)) {
                return null;
            }
            boolean inner = isArchive(entryName);
            long limit = (inner ? limits.maxArchiveSize() : limits.maxFileSize()).toBytes();
            if (inner && archive.depth >= 1) {
                skip(archive);
                return archive.budget.over(limits) ? abandon(archive, bomb(archive))
                        : failed(shown, "压缩包「" + shown + "」嵌套超过一层（压缩包中的压缩包里又有压缩包），未导入");
            }
            if (inner) {
                Path path = scratch.resolve("nested-" + (nested++));
                boolean fits;
                try (OutputStream out = Files.newOutputStream(path)) {
                    fits = copy(archive, out, limit);
                }
                if (archive.budget.over(limits)) {
                    return abandon(archive, bomb(archive));
                }
                if (!fits) {
                    return failed(shown, "压缩包「" + shown + "」超过 " + ImportProperties.megabytes(limits.maxArchiveSize())
                            + " 上限，未导入");
                }
                return open(shown, path, archive.depth + 1, archive.budget);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            boolean fits = copy(archive, bytes, limit);
            if (archive.budget.over(limits)) {
                return abandon(archive, bomb(archive));
            }
            if (!fits) {
                return failed(shown, "文件「" + shown + "」超过 " + ImportProperties.megabytes(limits.maxFileSize())
                        + " 上限，未导入");
            }
            return document(shown, bytes.toByteArray());
        } catch (ZipException | IllegalArgumentException e) {
            return abandon(archive, "压缩包「" + archive.name + "」无法读取（已损坏或已加密），其余文件未导入");
        } catch (IOException e) {
            return abandon(archive, "压缩包「" + archive.name + "」读取失败，其余文件未导入");
        }
    }

    /** A document's item: refused for its type, its encryption or as a repeat, else queued with its bytes. */
    private NewItem document(String name, byte[] content) {
        String extension = extension(name);
        if (!extension.isEmpty() && !DOCUMENT_TYPES.contains(extension)) {
            return failed(name, "文件「" + name + "」的类型（." + extension
                    + "）不受支持：请上传 PDF、DOCX、HTML、TXT 文档或其 ZIP 压缩包");
        }
        if (isEncryptedPdf(content)) {
            return failed(name, "文件「" + name + "」是加密的 PDF，请去除密码或加密后再上传");
        }
        String first = seen.putIfAbsent(ContentHash.sha256(content), name);
        if (first != null) {
            return failed(name, "文件「" + name + "」与本次上传中的「" + first + "」内容相同，只导入一次");
        }
        return new NewItem(index++, name, content, null);
    }

    private NewItem failed(String name, String message) {
        return new NewItem(index++, name, null, message);
    }

    /** Closes the archive (and any archive opened from it) and answers one item saying why. */
    private NewItem abandon(OpenArchive archive, String message) {
        while (!archives.isEmpty()) {
            OpenArchive top = archives.pop();
            top.close();
            if (top == archive) {
                break;
            }
        }
        return failed(archive.name, message);
    }

    private String bomb(OpenArchive archive) {
        return "压缩包「" + archive.name + "」解压后超过 " + ImportProperties.megabytes(limits.maxUnpackedSize())
                + "（可能是压缩炸弹），其余文件未导入";
    }

    /**
     * Copies the current entry to {@code out} while it is at most {@code limit} bytes; what is beyond is read and
     * dropped (counted against the archive's budget, so that a bomb stops at the budget). False when it was too long.
     */
    private boolean copy(OpenArchive archive, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long written = 0;
        boolean fits = true;
        int read;
        while ((read = archive.in.read(buffer)) > 0) {
            archive.budget.unpacked += read;
            if (archive.budget.over(limits)) {
                return false;
            }
            if (fits && written + read <= limit) {
                out.write(buffer, 0, read);
                written += read;
            } else {
                fits = false;
            }
        }
        return fits;
    }

    private void skip(OpenArchive archive) throws IOException {
        copy(archive, OutputStream.nullOutputStream(), 0);
    }

    private static boolean escapes(String entryName) {
        if (entryName.startsWith("/") || entryName.matches("^[A-Za-z]:.*")) {
            return true;
        }
        return List.of(entryName.split("/")).contains("..");
    }

    private static boolean ignored(String entryName) {
        String[] segments = entryName.split("/");
        String last = segments[segments.length - 1].toLowerCase(Locale.ROOT);
        return segments[0].equals("__MACOSX") || last.startsWith("._") || IGNORED.contains(last);
    }

    private static String extension(String name) {
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = last.lastIndexOf('.');
        return dot < 0 ? "" : last.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** A PDF whose trailer names an encryption dictionary (PDFBox would open one with an empty user password). */
    private static boolean isEncryptedPdf(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 1024), StandardCharsets.ISO_8859_1);
        if (!head.contains("%PDF-")) {
            return false;
        }
        outer:
        for (int i = 0; i <= content.length - ENCRYPT.length; i++) {
            for (int j = 0; j < ENCRYPT.length; j++) {
                if (content[i + j] != ENCRYPT[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** What one uploaded archive (with the archives inside it) may still unpack. */
    private static final class Budget {
        long unpacked;
        int entries;

        boolean over(ImportProperties limits) {
            return unpacked > limits.maxUnpackedSize().toBytes();
        }
    }

    private static final class OpenArchive {
        final String name;
        final int depth;
        final Budget budget;
        final ZipInputStream in;

        OpenArchive(String name, int depth, Budget budget, ZipInputStream in) {
            this.name = name;
            this.depth = depth;
            this.budget = budget;
            this.in = in;
        }

        void close() {
            try {
                in.close();
            } catch (IOException e) {
                // nothing was written through it: nothing is lost
            }
        }
    }
}
