package cn.nianbao.backend.export.rendering;

/**
 * The typefaces Office files name. XLSX, DOCX and PPTX cannot carry a font the way a PDF does, so they name the
 * Chinese face every Chinese Windows and Office has, as the East Asian font, with the GB2312 character set: Word,
 * Excel and PowerPoint use it, and LibreOffice falls back to whatever CJK font the machine has (fontconfig). Numbers
 * and Latin letters in a common Latin face.
 */
final class OfficeFonts {

    static final String EAST_ASIAN = "微软雅黑";
    static final String LATIN = "Arial";
    /** GB2312, what Chinese Office writes for a Chinese font. */
    static final int GB2312 = 134;

    private OfficeFonts() {
    }
}
