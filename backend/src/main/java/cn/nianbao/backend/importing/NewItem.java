package cn.nianbao.backend.importing;

/**
 * One document of an upload as it is queued: its position, its name (inside its archive, e.g.
 * {@code 2023.zip/洪泽区/年报.pdf}) and its bytes — or, when it was refused on arrival (too large, outside its archive,
 * a type we do not read, the same file twice…), the Chinese message saying why, and no bytes.
 */
public record NewItem(int index, String fileName, byte[] content, String failure) {
}
