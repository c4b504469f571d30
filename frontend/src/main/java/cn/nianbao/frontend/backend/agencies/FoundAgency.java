package cn.nianbao.frontend.backend.agencies;

import java.io.Serializable;
import java.util.List;

/**
 * A body found by name ({@code GET /api/agencies/search}) with the names of the bodies above it from the top down,
 * which tell two bodies of one name apart; two are the same body when their codes are.
 */
public record FoundAgency(String code, String name, List<String> path) implements Serializable {

    public FoundAgency {
        path = path == null ? List.of() : List.copyOf(path);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FoundAgency found && found.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
