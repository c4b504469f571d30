package cn.nianbao.frontend.ui;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.nianbao.frontend.backend.Agency;
import com.vaadin.flow.component.combobox.ComboBox;

/**
 * Picks the region a page looks at: any body of the agency tree that has bodies under it (the city, a county, a
 * people's government), indented as in the tree.
 */
public class RegionPicker extends ComboBox<Agency> {

    public RegionPicker() {
        super();
        setLabel(getTranslation("region.label"));
        addClassName("region-picker");
        setItemLabelGenerator(agency -> "　".repeat(Math.max(0, agency.depth())) + agency.name());
        setAllowCustomValue(false);
        setWidth("22em");
    }

    /**
     * Offers the regions of {@code agencies} and selects the one named by {@code code}, else the first.
     *
     * @return the selected region; empty when the user may see none
     */
    public Optional<Agency> offer(List<Agency> agencies, String code) {
        List<Agency> regions = regions(agencies);
        setItems(regions);
        Optional<Agency> region = pick(regions, code);
        region.ifPresent(this::setValue);
        return region;
    }

    /**
     * The bodies that are a parent of another one, in tree order. The tree is the part the user may see (the backend
     * answers {@code /api/agencies} within the user's scope), so the first region is the user's own; a user whose
     * scope is a single body gets that body.
     */
    private static List<Agency> regions(List<Agency> agencies) {
        Set<String> parents = agencies.stream().map(Agency::parentCode).filter(code -> code != null)
                .collect(Collectors.toSet());
        List<Agency> regions = agencies.stream().filter(agency -> parents.contains(agency.code())).toList();
        return regions.isEmpty() && !agencies.isEmpty() ? List.of(agencies.getFirst()) : regions;
    }

    /** The region named by {@code code}, else the first (the root of the tree). */
    private static Optional<Agency> pick(List<Agency> regions, String code) {
        return regions.stream().filter(region -> region.code().equals(code)).findFirst()
                .or(() -> regions.stream().findFirst());
    }
}
