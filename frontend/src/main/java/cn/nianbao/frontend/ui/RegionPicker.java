package cn.nianbao.frontend.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.nianbao.frontend.backend.BackendException;
import cn.nianbao.frontend.backend.agencies.Agency;
import cn.nianbao.frontend.backend.agencies.AgencyClient;
import com.vaadin.flow.component.combobox.ComboBox;

/**
 * Picks the region a page looks at: a body of the agency tree that has bodies under it (the city, a county, a
 * people's government), indented as in the tree. It reads only the top of the user's part of the tree
 * ({@value #DEPTH} levels below its roots); a deeper region named in the address is looked up by itself.
 */
public class RegionPicker extends ComboBox<Agency> {

    /** Province → city → county → township: regions deeper than this are opened from the address. */
    static final int DEPTH = 3;

    public RegionPicker() {
        super();
        setLabel(getTranslation("region.label"));
        addClassName("region-picker");
        setItemLabelGenerator(agency -> "　".repeat(Math.max(0, agency.depth())) + agency.name());
        setAllowCustomValue(false);
        setWidth("22rem");
    }

    /**
     * Offers the regions the user may see and selects the one named by {@code code}, else the first (the root of the
     * user's part of the tree).
     *
     * @return the selected region; empty when the user may see none
     */
    public Optional<Agency> offer(AgencyClient agencies, String code) {
        List<Agency> regions = new ArrayList<>(regions(agencies.subtree(null, DEPTH)));
        if (code != null && regions.stream().noneMatch(region -> region.code().equals(code))) {
            deeper(agencies, code).ifPresent(regions::add);
        }
        setItems(regions);
        Optional<Agency> region = regions.stream().filter(candidate -> candidate.code().equals(code)).findFirst()
                .or(() -> regions.stream().findFirst());
        region.ifPresent(this::setValue);
        return region;
    }

    /**
     * The bodies that are a parent of another one, in tree order. The tree is the part the user may see (the backend
     * answers {@code /api/agencies} within the user's scope), so the first region is the user's own; a user whose
     * scope is a single body gets that body.
     */
    static List<Agency> regions(List<Agency> agencies) {
        Set<String> parents = agencies.stream().map(Agency::parentCode).filter(code -> code != null)
                .collect(Collectors.toSet());
        List<Agency> regions = agencies.stream().filter(agency -> parents.contains(agency.code())).toList();
        return regions.isEmpty() && !agencies.isEmpty() ? List.of(agencies.getFirst()) : regions;
    }

    /** A region below the levels read at first: itself, if it has bodies under it and the user may see it. */
    private static Optional<Agency> deeper(AgencyClient agencies, String code) {
        try {
            List<Agency> subtree = agencies.subtree(code, 1);
            return subtree.size() > 1 ? Optional.of(subtree.getFirst()) : Optional.empty();
        } catch (BackendException e) {
            if (e.isStatus(404)) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
