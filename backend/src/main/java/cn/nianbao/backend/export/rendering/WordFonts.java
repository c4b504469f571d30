package cn.nianbao.backend.export.rendering;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import cn.nianbao.backend.chart.rendering.ChartFonts;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;

/**
 * The shipped Chinese font embedded in a Word file the way Word embeds one (ECMA-376 Part 1, 17.8.1 and 17.8.3.3):
 * cut down to the characters the document uses, its first 32 bytes obfuscated with a key the font table names, and
 * listed in {@code word/fontTable.xml}. Word and LibreOffice draw the Chinese in it on a machine without any Chinese
 * font; the runs name it ({@link ChartFonts#FAMILY}) as their East Asian font. POI writes no font table itself, so the
 * two parts are added to the package here.
 */
final class WordFonts {

    private static final String FONT_TABLE = "/word/fontTable.xml";
    private static final String FONT_FILE = "/word/fonts/font1.odttf";
    private static final String FONT_TABLE_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";
    private static final String OBFUSCATED_FONT_TYPE = "application/vnd.openxmlformats-officedocument.obfuscatedFont";
    private static final String WORDPROCESSING = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /** Printable ASCII besides the document's own characters, so that a figure can be corrected in the same face. */
    private static final int FIRST_ASCII = 0x20;
    private static final int LAST_ASCII = 0x7E;
    private static final int OBFUSCATED_BYTES = 32;

    private WordFonts() {
    }

    /** Embeds the face with the glyphs of every text of the document (each {@code w:t}) and printable ASCII. */
    static void embed(XWPFDocument word) {
        Set<Integer> characters = new TreeSet<>();
        try (XmlCursor texts = word.getDocument().newCursor()) {
            texts.selectPath("declare namespace w='" + WORDPROCESSING + "' .//w:t");
            while (texts.toNextSelection()) {
                texts.getTextValue().codePoints().forEach(characters::add);
            }
        }
        for (int c = FIRST_ASCII; c <= LAST_ASCII; c++) {
            characters.add(c);
        }
        UUID key = UUID.randomUUID();
        byte[] font = obfuscated(ChartFonts.subset(characters), key);
        try {
            PackagePartName tableName = PackagingURIHelper.createPartName(FONT_TABLE);
            PackagePartName fontName = PackagingURIHelper.createPartName(FONT_FILE);
            PackagePart table = word.getPackage().createPart(tableName, FONT_TABLE_TYPE);
            PackagePart file = word.getPackage().createPart(fontName, OBFUSCATED_FONT_TYPE);
            write(file, font);
            PackageRelationship toFont = table.addRelationship(fontName, TargetMode.INTERNAL, RELATIONSHIPS + "/font");
            word.getPackagePart().addRelationship(tableName, TargetMode.INTERNAL, RELATIONSHIPS + "/fontTable");
            write(table, fontTable(toFont.getId(), "{" + key.toString().toUpperCase(java.util.Locale.ROOT) + "}")
                    .getBytes(StandardCharsets.UTF_8));
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("cannot name the font parts", e);
        }
        var settings = word.getSettings().getCTSettings();
        if (!settings.isSetEmbedTrueTypeFonts()) {
            settings.addNewEmbedTrueTypeFonts();
        }
        if (!settings.isSetSaveSubsetFonts()) {
            settings.addNewSaveSubsetFonts();
        }
    }

    /**
     * The font with its first 32 bytes XORed with the key's 16 bytes taken from the last to the first, twice over: the
     * obfuscation Word applies and undoes with the {@code w:fontKey} of the font table.
     */
    static byte[] obfuscated(byte[] font, UUID key) {
        byte[] guid = HexFormat.of().parseHex(key.toString().replace("-", ""));
        byte[] out = font.clone();
        for (int i = 0; i < OBFUSCATED_BYTES && i < out.length; i++) {
            out[i] ^= guid[guid.length - 1 - i % guid.length];
        }
        return out;
    }

    private static String fontTable(String relationship, String key) {
        return """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:fonts xmlns:w="%s" xmlns:r="%s">\
                <w:font w:name="%s"><w:charset w:val="86"/><w:family w:val="swiss"/><w:pitch w:val="variable"/>\
                <w:embedRegular r:id="%s" w:fontKey="%s" w:subsetted="true"/></w:font>\
                <w:font w:name="%s"><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font></w:fonts>
                """.formatted(WORDPROCESSING, RELATIONSHIPS, ChartFonts.FAMILY, relationship, key, OfficeFonts.LATIN);
    }

    private static void write(PackagePart part, byte[] bytes) {
        try (OutputStream out = part.getOutputStream()) {
            out.write(bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + part.getPartName(), e);
        }
    }
}
