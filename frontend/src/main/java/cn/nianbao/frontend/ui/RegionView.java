package cn.nianbao.frontend.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import cn.nianbao.frontend.backend.BackendException;
import cn.nianbao.frontend.backend.agencies.Agency;
import cn.nianbao.frontend.backend.agencies.AgencyClient;
import cn.nianbao.frontend.backend.agencies.AgencyKind;
import cn.nianbao.frontend.backend.analytics.AnalyticsClient;
import cn.nianbao.frontend.backend.analytics.Overview;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;

/**
 * The frame of every page about a region (总览, 乡镇对比, 数据质量): the region picker, the year, the kind of bodies,
 * the demo badge, and the empty and error states — written once here. The choices live in the address
 * ({@code ?region=…&year=…&kind=…}) so a supervisor can bookmark and share a page.
 * <p>
 * On each visit the frame reads the region's {@link Overview} from the backend (which also says which years have
 * reports, and which year the backend takes when none is chosen) and hands it to {@link #show}; whatever fails on the
 * way is said in Chinese in place of the content, with the pickers kept.
 */
public abstract class RegionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The kind filter's value for "every kind of body". */
    public static final String ALL_KINDS = "ALL";

    /** What one visit shows: the region, the year and kind chosen, and the backend's overview of them. */
    protected record Choice(Agency region, int year, AgencyKind kind, Overview overview) {
    }

    protected final AgencyClient agencies;
    protected final AnalyticsClient analytics;
    protected final ViewHeader header;
    private final String titleKey;
    private final AgencyKind defaultKind;
    private final RegionPicker regionPicker = new RegionPicker();
    private final Select<Integer> yearPicker = new Select<>();
    private final Select<String> kindPicker = new Select<>();
    private final HorizontalLayout controls = new HorizontalLayout();
    private final Div trail = new Div();
    private final Div content = new Div();
    private Map<String, String> query = Map.of();

    /**
     * @param defaultKind the bodies shown when the address names no kind; null for all of them
     */
    protected RegionView(String className, String titleKey, AgencyKind defaultKind, AgencyClient agencies,
                         AnalyticsClient analytics) {
        this.agencies = agencies;
        this.analytics = analytics;
        this.titleKey = titleKey;
        this.defaultKind = defaultKind;
        addClassName("region-view");
        addClassName(className);
        header = new ViewHeader(getTranslation(titleKey));
        yearPicker.setLabel(getTranslation("region.year"));
        yearPicker.addClassName("year-picker");
        yearPicker.setItemLabelGenerator(year -> getTranslation("region.year.value", String.valueOf(year)));
        kindPicker.setLabel(getTranslation("region.kind"));
        kindPicker.addClassName("kind-picker");
        List<String> kinds = new ArrayList<>();
        kinds.add(ALL_KINDS);
        for (AgencyKind kind : AgencyKind.values()) {
            kinds.add(kind.name());
        }
        kindPicker.setItems(kinds);
        kindPicker.setItemLabelGenerator(kind -> getTranslation("kind.filter." + kind));
        regionPicker.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                reopen("region", event.getValue().code());
            }
        });
        yearPicker.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                reopen("year", String.valueOf(event.getValue()));
            }
        });
        kindPicker.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                reopen("kind", event.getValue());
            }
        });
        controls.addClassName("region-controls");
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        controls.setWrap(true);
        controls.add(regionPicker, yearPicker, kindPicker);
        content.addClassName("view-content");
        trail.addClassName("trail-holder");
        add(header, trail, controls, content);
    }

    /** Adds a picker of the page's own (e.g. the metric) after the region, year and kind. */
    protected void addControl(Component control) {
        controls.add(control);
    }

    /** The value of a parameter of the address, e.g. the page's own {@code metric}. */
    protected Optional<String> parameter(String name) {
        return Optional.ofNullable(query.get(name)).filter(value -> !value.isBlank());
    }

    /** A year named in the address (e.g. {@code from}, {@code to}); the backend checks its range. */
    protected Optional<Integer> yearParameter(String name) {
        return Optional.ofNullable(year(query.get(name)));
    }

    /**
     * Opens a body of the region: a body with bodies under it on this page one level down, any other body its
     * report of the year shown.
     */
    protected void openBody(String code, boolean hasBodies, Integer year) {
        if (hasBodies) {
            reopen("region", code);
        } else {
            getUI().ifPresent(ui -> ui.navigate("report/" + code + (year == null ? "" : "/" + year)));
        }
    }

    /** Fills the page for {@code choice}; a {@link BackendException} thrown here is shown in place of the content. */
    protected abstract void show(Choice choice);

    /** Puts content on the page (below the pickers). */
    protected void addContent(Component... components) {
        content.add(components);
    }

    /** Says that there is nothing to show, in place of the content. */
    protected void empty(String text) {
        Paragraph empty = new Paragraph(text);
        empty.addClassName("empty-state");
        content.add(empty);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, String> parameters = new HashMap<>();
        event.getLocation().getQueryParameters().getParameters()
                .forEach((name, values) -> values.stream().findFirst().ifPresent(value -> parameters.put(name, value)));
        query = Map.copyOf(parameters);
        content.removeAll();
        trail.removeAll();
        header.setDemo(false);
        AgencyKind kind = kind(query.get("kind"));
        kindPicker.setValue(kind == null ? ALL_KINDS : kind.name());
        try {
            Optional<Agency> region = regionPicker.offer(agencies, query.get("region"));
            if (region.isEmpty()) {
                empty(getTranslation("region.none"));
                return;
            }
            Overview overview = analytics.overview(region.get().code(), year(query.get("year")), kind);
            Integer year = overview.year() != null ? overview.year()
                    : overview.years().stream().max(Integer::compare).orElse(null);
            if (year == null) {
                empty(getTranslation("region.no_reports"));
                return;
            }
            TreeSet<Integer> years = new TreeSet<>(overview.years());
            years.add(year);
            yearPicker.setItems(new ArrayList<>(years.descendingSet()));
            yearPicker.setValue(year);
            header.setDemo(region.get().demo() || (overview.region() != null && overview.region().demo()));
            trail.add(new RegionTrail(agencies, region.get(), (code, hasBodies) -> openBody(code, hasBodies, year),
                    code -> reopen("region", code)));
            show(new Choice(region.get(), year, kind, overview));
        } catch (BackendException e) {
            content.removeAll();
            content.add(new BackendErrorMessage(e));
        }
    }

    /** Opens the same page with one choice changed, the others kept. */
    protected void reopen(String name, String value) {
        reopen(java.util.Collections.singletonMap(name, value));
    }

    /** Opens the same page with several choices changed (a null value drops the choice), the others kept. */
    protected void reopen(Map<String, String> changes) {
        Map<String, String> next = new HashMap<>(query);
        changes.forEach((name, value) -> {
            if (value == null) {
                next.remove(name);
            } else {
                next.put(name, value);
            }
        });
        getUI().ifPresent(ui -> ui.navigate(getClass(), QueryParameters.simple(next)));
    }

    private AgencyKind kind(String text) {
        if (text == null) {
            return defaultKind;
        }
        if (text.equals(ALL_KINDS)) {
            return null;
        }
        try {
            return AgencyKind.valueOf(text);
        } catch (IllegalArgumentException e) {
            return defaultKind;
        }
    }

    /** The year asked for in the address; the backend checks its range and says in Chinese what is wrong. */
    private static Integer year(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation(titleKey));
    }
}
