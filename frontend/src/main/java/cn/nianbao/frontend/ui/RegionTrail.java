package cn.nianbao.frontend.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import cn.nianbao.frontend.backend.agencies.Agency;
import cn.nianbao.frontend.backend.agencies.AgencyClient;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;

/**
 * Where a page stands in the agency tree (province → city → county → township): the region's ancestors as far as the
 * user may see them, each a step up, and the bodies right under it to step into. A body with bodies under it opens the
 * same page one level down; any other body opens its report. Reads the ancestors one by one (at most a handful) and
 * the two levels under the region.
 */
public class RegionTrail extends Div {

    /** Province → city → county → township → village: no tree is deeper; a guard against a cycle in bad data. */
    static final int MAX_ANCESTORS = 8;

    /** A body right under the region, and whether it has bodies under it in turn. */
    public record Child(Agency agency, boolean region) {
    }

    /**
     * @param up   opens the page for an ancestor (its code)
     * @param into opens a child: the page one level down for a region, the body's report otherwise
     */
    public RegionTrail(AgencyClient agencies, Agency region, BiConsumer<String, Boolean> into,
                       java.util.function.Consumer<String> up) {
        addClassName("region-trail");
        Nav crumbs = new Nav();
        crumbs.addClassName("breadcrumb");
        crumbs.getElement().setAttribute("aria-label", getTranslation("drill.breadcrumb"));
        for (Agency ancestor : ancestors(agencies, region)) {
            Button step = new Button(ancestor.name(), event -> up.accept(ancestor.code()));
            step.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            step.addClassName("breadcrumb-step");
            crumbs.add(step, separator());
        }
        Span here = new Span(region.name());
        here.addClassName("breadcrumb-current");
        here.getElement().setAttribute("aria-current", "page");
        crumbs.add(here);
        add(crumbs);
        List<Child> children = children(agencies, region.code());
        if (!children.isEmpty()) {
            ComboBox<Child> down = new ComboBox<>();
            down.addClassName("drill-down");
            down.setPlaceholder(getTranslation("drill.children.placeholder", String.valueOf(children.size())));
            down.getElement().setAttribute("aria-label", getTranslation("drill.children"));
            down.setItems(children);
            down.setItemLabelGenerator(child -> child.region()
                    ? getTranslation("drill.child.region", child.agency().name()) : child.agency().name());
            down.setWidth("22rem");
            down.addValueChangeListener(event -> {
                if (event.isFromClient() && event.getValue() != null) {
                    into.accept(event.getValue().agency().code(), event.getValue().region());
                }
            });
            add(down);
        }
    }

    private static Span separator() {
        Span separator = new Span("›");
        separator.addClassName("breadcrumb-separator");
        separator.getElement().setAttribute("aria-hidden", "true");
        return separator;
    }

    /** The ancestors the user may see, the top first; the walk stops where the user's scope ends. */
    static List<Agency> ancestors(AgencyClient agencies, Agency region) {
        List<Agency> ancestors = new ArrayList<>();
        String parent = region.parentCode();
        while (parent != null && ancestors.size() < MAX_ANCESTORS) {
            Optional<Agency> found = agencies.find(parent);
            if (found.isEmpty()) {
                break;
            }
            ancestors.add(found.get());
            parent = found.get().parentCode();
        }
        Collections.reverse(ancestors);
        return ancestors;
    }

    /** The bodies right under {@code code} in tree order, each marked when it has bodies under it. */
    static List<Child> children(AgencyClient agencies, String code) {
        List<Agency> subtree = agencies.subtree(code, 2);
        Set<String> parents = subtree.stream().filter(agency -> agency.depth() == 2).map(Agency::parentCode)
                .collect(Collectors.toSet());
        return subtree.stream().filter(agency -> agency.depth() == 1)
                .map(agency -> new Child(agency, parents.contains(agency.code()))).toList();
    }
}
