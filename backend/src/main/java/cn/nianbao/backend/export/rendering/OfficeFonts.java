package cn.nianbao.backend.export.rendering;

/**
 * The typefaces Office files name where they do not embed the shipped font (the Word form does, see
 * {@link WordFonts}). A workbook cannot carry a font at all (SpreadsheetML has no font embedding). A slide show can
 * only as Embedded OpenType, which POI stores but cannot make, and LibreOffice 7.4 ignores a slide show's embedded
 * fonts (it reads them from version 25.8). So the workbook and the slides name the Chinese face every Chinese Windows
 * and Office has, as the East Asian font, with the GB2312 character set: Excel and PowerPoint use it, and LibreOffice
 * substitutes whatever Chinese font the machine has (fontconfig); the slides' charts are pictures, their Chinese drawn
 * in the shipped font. Numbers and Latin letters in a common Latin face.
 */
final class OfficeFonts {

    static final String EAST_ASIAN = "微软雅黑";
    static final String LATIN = "Arial";
    /** GB2312, what Chinese Office writes for a Chinese font. */
    static final int GB2312 = 134;

    private OfficeFonts() {
    }
}
