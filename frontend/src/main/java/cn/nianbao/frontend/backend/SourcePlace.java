package cn.nianbao.frontend.backend;

/**
 * Where in its report a finding's cell or passage was read (the {@code source} of a finding): a table cell of a
 * document with its {@code page} (null when the document has none) and {@code line}, or a passage of narrative
 * section {@code section} ({@code offset}, {@code length}); {@code excerpt} is the text there, shortened.
 */
public record SourcePlace(String cell, Integer page, Integer line, Integer section, Integer offset, Integer length,
                          String excerpt) {
}
