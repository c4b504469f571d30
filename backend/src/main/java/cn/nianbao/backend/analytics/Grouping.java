package cn.nianbao.backend.analytics;

import java.util.Arrays;
import java.util.Locale;

import cn.nianbao.backend.platform.web.BadRequestException;

/**
 * What the lines of a ranking or a series are: the bodies under the region one by one, or its direct sub-regions
 * (the provinces of the nation, the cities of a province), each summed over its whole subtree from the
 * pre-aggregated figures. A region with more bodies than an answer lists one by one is answered by sub-region.
 */
public enum Grouping {
    BODIES,
    CHILDREN;

    /** The most bodies an answer lists one by one. */
    public static final int MAX_LISTED = AnalysedRegions.MAX_BODIES;

    /** The request's {@code by}: {@code bodies}, {@code children}, or null for the automatic choice. */
    public static Grouping requested(String by) {
        if (by == null || by.isBlank()) {
            return null;
        }
        return Arrays.stream(values()).filter(grouping -> grouping.code().equals(by.strip()))
                .findFirst()
                .orElseThrow(() -> new BadRequestException("by", "by 只能是 bodies（逐个机构）或 children（按下级地区汇总），收到“"
                        + (by.length() > 20 ? by.substring(0, 20) + "…" : by) + "”"));
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
