package cn.nianbao.backend.parser.metadata;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.backend.parser.text.Line;

/**
 * What a web page prints in its metadata block: the publication date (发布日期/发布时间/成文日期) and the publishing
 * body (发布机构), which ends where the block's next field or a gap begins.
 */
public final class PublicationReader {

    private static final Pattern PUBLISHED = Pattern.compile("(?:发布日期|发布时间|发文日期|成文日期|公开日期)[:：]?(\\d{4})[-年./](\\d{1,2})[-月./](\\d{1,2})");

    private static final Pattern PUBLISHER = Pattern.compile("(?:发布机构|发文机关|发布单位)\\s*[:：]\\s*"
            + "([^\\s:：|｜]{2,60}?)"
            + "(?=\\s|$|[|｜]|索引号|主题分类|发文字号|文号|成文日期|发布日期|发文日期|发布时间|公开方式|有效性)");

    private PublicationReader() {
    }

    public static Optional<LocalDate> read(List<Line> lines) {
        for (Line line : lines) {
            Matcher matcher = PUBLISHED.matcher(line.squeezed());
            if (matcher.find()) {
                return PrintedDates.of(matcher.group(1), matcher.group(2), matcher.group(3));
            }
        }
        return Optional.empty();
    }

    /** The publishing body the block names, if any. */
    public static Optional<String> publisher(List<Line> lines) {
        for (Line line : lines) {
            Matcher matcher = PUBLISHER.matcher(line.text());
            if (matcher.find()) {
                return Optional.of(matcher.group(1));
            }
        }
        return Optional.empty();
    }
}
