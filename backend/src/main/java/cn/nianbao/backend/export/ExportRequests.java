package cn.nianbao.backend.export;

import java.util.Arrays;
import java.util.stream.Collectors;

import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.platform.web.BadRequestException;

/** The checks every export's parameters share, before anything is read. */
final class ExportRequests {

    static final int MAX_REGION_LENGTH = 64;

    private ExportRequests() {
    }

    static void region(String region) {
        if (region == null || region.isBlank()) {
            throw new BadRequestException("region", "缺少参数 region（地区或机构代码）");
        }
        if (region.length() > MAX_REGION_LENGTH) {
            throw new BadRequestException("region", "参数 region 过长（最多 " + MAX_REGION_LENGTH + " 个字符）");
        }
    }

    static AgencyKind kind(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return Arrays.stream(AgencyKind.values()).filter(kind -> kind.name().equals(value)).findFirst()
                .orElseThrow(() -> new BadRequestException("kind", "参数 kind 应为 "
                        + Arrays.stream(AgencyKind.values()).map(kind -> kind.name() + "（" + kind.label() + "）")
                        .collect(Collectors.joining("、")) + " 之一，收到“" + echo(value) + "”"));
    }

    static String echo(String value) {
        return value.length() <= 20 ? value : value.substring(0, 20) + "…";
    }
}
