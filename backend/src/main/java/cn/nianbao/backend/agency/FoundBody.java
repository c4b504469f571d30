package cn.nianbao.backend.agency;

import java.util.List;

/**
 * A body found by its name, with its parent's name (null at the top) and the names of every body above it from the
 * top down (its region path, empty at the top), which tell two bodies of one name (two 城关镇) apart.
 */
public record FoundBody(String code, String name, String parentName, List<String> path) {

    public FoundBody {
        path = List.copyOf(path);
    }
}
