package cn.nianbao.frontend.report;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.stream.Collectors;

import cn.nianbao.frontend.backend.reports.AnnualReportData;
import cn.nianbao.frontend.backend.reports.AnnualReportData.Contact;
import cn.nianbao.frontend.backend.reports.ReportDetail;
import cn.nianbao.frontend.backend.reports.ReportDetail.ReportVersion;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The facts about one report: who, which year, which format and version, where it came from, when published. */
class ReportMetadata extends Div {

    static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    ReportMetadata(ReportDetail detail) {
        addClassName("report-metadata");
        AnnualReportData report = detail.report();
        ReportVersion version = detail.version();
        item("meta.agency", detail.agencyName());
        item("meta.agency_as_printed", report.agency());
        item("meta.year", String.valueOf(detail.year()));
        item("meta.format", formatName(report.format()));
        if (version != null) {
            item("meta.version", getTranslation("meta.version.value", String.valueOf(version.versionNo()),
                    originName(version.origin())));
            item("meta.created", joined(version.createdAt() == null ? null : CREATED_AT.format(version.createdAt()),
                    version.createdBy()));
            if (version.reason() != null) {
                item("meta.reason", version.reason());
            }
            if (version.sourceDocument() != null) {
                item("meta.source", version.sourceDocument().fileName());
            }
        }
        item("meta.period", report.statisticsPeriod() == null ? null
                : joinedWith(" — ", str(report.statisticsPeriod().from()), str(report.statisticsPeriod().to())));
        item("meta.signed_on", str(report.signedOn()));
        item("meta.published_on", str(report.publishedOn()));
        if (report.url() != null && report.url().matches("(?i)https?://.+")) {
            Anchor link = new Anchor(report.url(), report.url(), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            add(item("meta.url", link));
        } else {
            item("meta.url", report.url());
        }
        item("meta.contact", contact(report.contact()));
    }

    private void item(String labelKey, String value) {
        Span text = new Span(value == null || value.isBlank() ? getTranslation("value.none") : value);
        if (value == null || value.isBlank()) {
            text.addClassName("value-none");
        }
        add(item(labelKey, text));
    }

    private Div item(String labelKey, Component value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("meta-label");
        value.getElement().getClassList().add("meta-value");
        Div item = new Div(label, value);
        item.addClassName("meta-item");
        return item;
    }

    private String formatName(String format) {
        return format == null ? null : translatedOr("format." + format, format);
    }

    private String originName(String origin) {
        return originName(this, origin);
    }

    /** 示例数据, 人工更正 …; an origin the backend may add later is shown as its code. */
    static String originName(Component page, String origin) {
        return origin == null ? "" : translatedOr(page, "origin." + origin, origin);
    }

    private String translatedOr(String key, String raw) {
        return translatedOr(this, key, raw);
    }

    private static String translatedOr(Component page, String key, String raw) {
        String text = page.getTranslation(key);
        return text.startsWith("!") ? raw : text;
    }

    private String contact(Contact contact) {
        if (contact == null) {
            return null;
        }
        return joinedWith("；", contact.organization(), contact.address(),
                labelled("meta.contact.postal_code", contact.postalCode()),
                labelled("meta.contact.phone", contact.phone()), labelled("meta.contact.fax", contact.fax()),
                labelled("meta.contact.email", contact.email()), contact.website());
    }

    private String labelled(String key, String value) {
        return value == null || value.isBlank() ? null : getTranslation(key) + " " + value;
    }

    private static String joined(String... parts) {
        return joinedWith(" · ", parts);
    }

    private static String joinedWith(String separator, String... parts) {
        String text = Arrays.stream(parts).filter(p -> p != null && !p.isBlank())
                .collect(Collectors.joining(separator));
        return text.isEmpty() ? null : text;
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }
}
