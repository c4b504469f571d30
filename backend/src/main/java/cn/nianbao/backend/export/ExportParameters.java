package cn.nianbao.backend.export;

import java.util.List;

import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.platform.web.YearRange;

/**
 * The parameters every export shares, as text from the request, checked and bounded in one place before anything is
 * read: the region (required, at most {@value ExportRequests#MAX_REGION_LENGTH} characters), a year, a range of
 * years, a kind of body and the file format among those the export writes. Each refusal is a 400 in Chinese naming
 * the parameter; an export that takes no year or no kind passes null for it.
 *
 * @param year  the one year asked for, null for the default
 * @param years the range asked for, either end null for the default
 * @param kind  only bodies of this kind, null for all
 */
public record ExportParameters(String region, Integer year, YearRange.Requested years, AgencyKind kind,
                               ExportFormat format) {

    public static ExportParameters of(String region, String year, String from, String to, String kind, String format,
                                      List<ExportFormat> formats) {
        ExportRequests.region(region);
        ExportFormat chosen = ExportFormat.of(format, formats);
        return new ExportParameters(region, YearRange.year("year", year), YearRange.requested(from, to),
                ExportRequests.kind(kind), chosen);
    }
}
