package cn.nianbao.frontend.ui;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How times are shown: Beijing time, whatever the server's or the browser's zone. */
public final class Formats {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter DATE_TIME_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Formats() {
    }

    /** 2026-03-01 09:30:05, in Beijing time; empty for null. */
    public static String beijing(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(BEIJING).format(DATE_TIME);
    }

    /** 2026-03-01 09:30, in Beijing time; empty for null. */
    public static String beijingMinutes(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(BEIJING).format(DATE_TIME_MINUTES);
    }
}
