package cn.nianbao.backend.parser.metadata;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.backend.contract.Contact;

/**
 * The contact block of the introduction (地址, 邮编, 电话, 传真, 邮箱, 网址, and the office to contact). Reports print it
 * as separate lines or inside one sentence; the fields are read from the text with whitespace removed, each value
 * ending at punctuation or at the next field's name.
 */
public final class ContactReader {

    private static final String NEXT = "(?=[，,。；;）)]|邮编|邮政编码|联系电话|电话|传真|电子邮箱|电子信箱|邮箱|网址|$)";
    private static final Pattern ADDRESS = Pattern.compile("(?:通讯地址|联系地址|办公地址|地址)[:：]([^，,。；;）)]{2,60}?)" + NEXT);
    private static final Pattern POSTAL = Pattern.compile("(?:邮编|邮政编码)[:：]?(\\d{6})");
    private static final Pattern PHONE = Pattern.compile("(?:联系电话|咨询电话|电话)[:：]?(\\(?\\d[\\d\\-－()（）]{5,}\\d(?:[、,，/或]\\d[\\d\\-－]{5,}\\d)*)");
    private static final Pattern FAX = Pattern.compile("传真(?:号码)?[:：]?(\\d[\\d\\-－()]{5,}\\d)");
    private static final Pattern EMAIL = Pattern.compile("(?:电子邮箱|电子信箱|电子邮件|邮箱|E-?mail|email)[:：]?([A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,})");
    private static final Pattern WEBSITE = Pattern.compile("(?:网址|网站地址|网站)[:：]?((?:https?://)?[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)+(?:/[A-Za-z0-9._~%/?#=&\\-]*)?)");
    private static final Pattern ORGANIZATION = Pattern.compile("请(?:与|联系|致电|咨询)([^，,。；;（()]{2,40}?)(?:联系|咨询|。|，|（|\\()");

    private ContactReader() {
    }

    /** @param text the document's text squeezed (no whitespace), lines joined */
    public static Contact read(String text) {
        return new Contact(first(ORGANIZATION, text), first(ADDRESS, text), first(POSTAL, text), first(PHONE, text),
                first(FAX, text), first(EMAIL, text), first(WEBSITE, text));
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }
}
