package cn.nianbao.backend.platform.database;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

/**
 * The embedded database owner's password, generated on the first start and kept in the data directory in a file that
 * only its owner may read or write (0600). Whoever can read it can read the data files next to it anyway.
 */
final class OwnerPasswordFile {

    static final String NAME = "nianbao-owner.password";
    static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;

    OwnerPasswordFile(Path dataDirectory) {
        this.file = dataDirectory.resolve(NAME);
    }

    static String generate() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A copy outside the data directory for initdb (which wants an empty directory), owner-only too. */
    static Path temporaryCopy(String password) throws IOException {
        Path copy = posix()
                ? Files.createTempFile("nianbao-initdb-", ".pw", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile("nianbao-initdb-", ".pw");
        Files.writeString(copy, password);
        return copy;
    }

    boolean exists() {
        return Files.isRegularFile(file);
    }

    String read() throws IOException {
        if (posix() && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            // someone widened it: narrow it again rather than leave the password readable
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
        String password = Files.readString(file).strip();
        if (password.isEmpty()) {
            throw new IOException("数据库密码文件 " + file + " 为空");
        }
        return password;
    }

    void write(String password) {
        try {
            Path partial = file.resolveSibling(NAME + ".new");
            Files.deleteIfExists(partial);
            if (posix()) {
                Files.createFile(partial, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            }
            Files.writeString(partial, password);
            Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("无法写入数据库密码文件 " + file, e);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
