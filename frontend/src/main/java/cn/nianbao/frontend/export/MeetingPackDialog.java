package cn.nianbao.frontend.export;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.nianbao.frontend.backend.Download;
import cn.nianbao.frontend.backend.exports.ExportClient;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * 会议材料: the region of the page, the years, the charts and tables to take, PowerPoint or PDF; the backend makes the
 * file ({@code GET /api/exports/pack}), scope-checks and records it. Years and choices are read when the link is
 * clicked, so the file is what the dialog shows.
 */
public class MeetingPackDialog extends Dialog {

    /** The charts a pack may hold, in the order of the slides. */
    static final List<String> CHARTS = List.of("overview", "outcomes", "applicants", "reviews", "ranking", "heatmap",
            "small-multiples");
    static final List<String> TABLES = List.of("rollup", "findings", "completeness");

    private final Select<Integer> from = new Select<>();
    private final Select<Integer> to = new Select<>();
    private final CheckboxGroup<String> charts = new CheckboxGroup<>();
    private final CheckboxGroup<String> tables = new CheckboxGroup<>();
    private final RadioButtonGroup<String> format = new RadioButtonGroup<>();

    public MeetingPackDialog(ExportClient exports, String regionCode, String regionName, List<Integer> years,
                             int firstYear, int lastYear) {
        addClassName("meeting-pack-dialog");
        setHeaderTitle(getTranslation("pack.title"));
        Paragraph region = new Paragraph(getTranslation("pack.region", regionName));
        region.addClassName("pack-region");
        for (Select<Integer> picker : List.of(from, to)) {
            picker.setItems(years);
            picker.setItemLabelGenerator(year -> getTranslation("region.year.value", String.valueOf(year)));
            picker.setWidth("8rem");
        }
        from.setLabel(getTranslation("pack.from"));
        from.addClassName("pack-from");
        from.setValue(firstYear);
        to.setLabel(getTranslation("pack.to"));
        to.addClassName("pack-to");
        to.setValue(lastYear);
        charts.setLabel(getTranslation("pack.charts"));
        charts.addClassName("pack-charts");
        charts.setItems(CHARTS);
        charts.setItemLabelGenerator(chart -> getTranslation("pack.chart." + chart));
        charts.setValue(new LinkedHashSet<>(CHARTS.subList(0, 6)));
        tables.setLabel(getTranslation("pack.tables"));
        tables.addClassName("pack-tables");
        tables.setItems(TABLES);
        tables.setItemLabelGenerator(table -> getTranslation("pack.table." + table));
        tables.setValue(new LinkedHashSet<>(TABLES.subList(0, 2)));
        format.setLabel(getTranslation("pack.format"));
        format.addClassName("pack-format");
        format.setItems("pptx", "pdf");
        format.setItemLabelGenerator(value -> getTranslation("pack.format." + value));
        format.setValue("pptx");
        Paragraph note = new Paragraph(getTranslation("pack.note"));
        note.addClassName("legend-note");
        Div yearPickers = new Div(from, to);
        yearPickers.addClassName("pack-years");
        Div form = new Div(region, yearPickers, charts, tables, format, note);
        form.addClassName("pack-form");
        add(form);

        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            Download file = exports.download(ExportClient.Export.PACK, ExportLinks.parameters("region", regionCode,
                    "from", ExportLinks.text(from.getValue()), "to", ExportLinks.text(to.getValue()),
                    "charts", String.join(",", ordered(charts.getValue(), CHARTS)),
                    "tables", String.join(",", ordered(tables.getValue(), TABLES))), format.getValue());
            return new DownloadResponse(new ByteArrayInputStream(file.bytes()),
                    file.fileName() != null ? file.fileName() : "nianbao-pack." + format.getValue(),
                    file.mediaType(), file.bytes().length);
        }), AttachmentType.DOWNLOAD, getTranslation("pack.download"));
        download.addClassName("pack-download");
        download.addClassName("export-download");
        Button close = new Button(getTranslation("pack.close"), event -> close());
        close.addClassName("pack-close");
        getFooter().add(close, download);
    }

    /** The choices in the order of the list, whatever order they were ticked in. */
    static List<String> ordered(Set<String> chosen, List<String> order) {
        return order.stream().filter(chosen::contains).toList();
    }
}
