package cn.nianbao.frontend.backend;

import java.util.List;

/** One page of a list the backend answers a page at a time, and how many items all pages hold. */
public record Page<T>(List<T> items, long total) {

    public Page {
        items = List.copyOf(items);
    }
}
