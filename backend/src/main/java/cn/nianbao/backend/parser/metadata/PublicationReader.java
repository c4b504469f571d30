package cn.nianbao.backend.parser.metadata;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.backend.parser.text.Line;

/** The publication date a web page prints in its metadata block (发布日期/发布时间/成文日期). */
public final class PublicationReader {

    private static final Pattern PUBLISHED = Pattern.compile("(?:发布日期|发布时间|发文日期|成文日期|公开日期)[:：]?(\\d{4})[-年./](\\d{1,2})[-月./](\\d{1,2})");

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
}
