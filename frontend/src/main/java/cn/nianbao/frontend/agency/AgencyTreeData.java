package cn.nianbao.frontend.agency;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.nianbao.frontend.backend.agencies.Agency;
import cn.nianbao.frontend.backend.agencies.AgencyClient;
import com.vaadin.flow.data.provider.hierarchy.AbstractBackEndHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;

/**
 * The agency tree as the administrator opens it, read from the backend one level at a time: opening a body asks for
 * its subtree two levels deep ({@code ?under=CODE&depth=2}), which gives its children and tells which of them have
 * children in turn (the grid shows their toggles). Each level is read once until {@link #refreshAll()}.
 */
final class AgencyTreeData extends AbstractBackEndHierarchicalDataProvider<Agency, Void> {

    private static final String ROOTS = "";

    private final transient AgencyClient agencies;
    private final Map<String, List<Agency>> childrenOf = new HashMap<>();
    private final Set<String> parents = new HashSet<>();

    AgencyTreeData(AgencyClient agencies) {
        this.agencies = agencies;
    }

    @Override
    public int getChildCount(HierarchicalQuery<Agency, Void> query) {
        return children(query.getParent()).size();
    }

    @Override
    protected Stream<Agency> fetchChildrenFromBackEnd(HierarchicalQuery<Agency, Void> query) {
        return children(query.getParent()).stream().skip(query.getOffset()).limit(query.getLimit());
    }

    @Override
    public boolean hasChildren(Agency item) {
        return parents.contains(item.code());
    }

    @Override
    public void refreshAll() {
        childrenOf.clear();
        parents.clear();
        super.refreshAll();
    }

    /** The top of the tree: the bodies the administrator's view starts from. */
    List<Agency> roots() {
        return children(null);
    }

    private List<Agency> children(Agency parent) {
        return childrenOf.computeIfAbsent(parent == null ? ROOTS : parent.code(), key -> read(parent));
    }

    private List<Agency> read(Agency parent) {
        List<Agency> answer = parent == null ? agencies.subtree(null, 1) : agencies.subtree(parent.code(), 2);
        parents.addAll(answer.stream().map(Agency::parentCode).filter(Objects::nonNull).collect(Collectors.toSet()));
        if (parent != null) {
            return answer.stream().filter(agency -> parent.code().equals(agency.parentCode())).toList();
        }
        // the roots: bodies whose parent is not in the answer (the user's part of the tree may start anywhere)
        Set<String> codes = answer.stream().map(Agency::code).collect(Collectors.toSet());
        return answer.stream().filter(agency -> agency.parentCode() == null || !codes.contains(agency.parentCode()))
                .toList();
    }
}
