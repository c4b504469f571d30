package cn.nianbao.frontend;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import cn.nianbao.frontend.backend.BackendJson;

/** The API payloads under {@code src/test/resources/api/}, shaped as docs/API.md shows them. */
public final class TestData {

    private TestData() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = TestData.class.getResourceAsStream("/api/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test payload " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T read(String name, Class<T> type) {
        return BackendJson.MAPPER.readValue(bytes(name), type);
    }
}
