package cn.nianbao.backend.agency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Puts a set of agencies in tree order: each parent followed by its children, siblings by sort order then code. */
public final class AgencyTree {

    private static final Comparator<Agency> SIBLING_ORDER =
            Comparator.comparingInt(Agency::sortOrder).thenComparing(Agency::code);

    private AgencyTree() {
    }

    /** The agencies in depth-first order; roots are those whose parent is not in the set. Depth is recomputed. */
    public static List<Agency> inTreeOrder(List<Agency> agencies) {
        Map<String, Agency> byCode = new LinkedHashMap<>();
        agencies.forEach(agency -> byCode.put(agency.code(), agency));
        Map<String, List<Agency>> children = new LinkedHashMap<>();
        List<Agency> roots = new ArrayList<>();
        for (Agency agency : agencies) {
            if (agency.parentCode() == null || !byCode.containsKey(agency.parentCode())) {
                roots.add(agency);
            } else {
                children.computeIfAbsent(agency.parentCode(), key -> new ArrayList<>()).add(agency);
            }
        }
        List<Agency> ordered = new ArrayList<>(agencies.size());
        roots.sort(SIBLING_ORDER);
        children.values().forEach(siblings -> siblings.sort(SIBLING_ORDER));
        for (Agency root : roots) {
            visit(root, 0, children, ordered);
        }
        return ordered;
    }

    private static void visit(Agency agency, int depth, Map<String, List<Agency>> children, List<Agency> ordered) {
        ordered.add(agency.atDepth(depth));
        for (Agency child : children.getOrDefault(agency.code(), List.of())) {
            visit(child, depth + 1, children, ordered);
        }
    }
}
