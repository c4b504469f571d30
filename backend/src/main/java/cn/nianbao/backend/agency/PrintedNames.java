package cn.nianbao.backend.agency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bodies of the tree by the names a report may print for them, for recognising the body of many documents
 * without a query each: first the exact name, then the spellings {@link PrintedName#matches} accepts (spaces,
 * full-width forms, the suffix of the body's kind, the parent's place added or dropped). Several bodies may answer one
 * name (two townships called 石嘴镇 under different counties): the caller decides what an ambiguous name means.
 */
public final class PrintedNames {

    private static final int MIN_KEY = 2;

    private final Map<String, List<Agency>> byName = new HashMap<>();
    private final Map<String, List<Agency>> byKey = new HashMap<>();
    private final Map<String, String> parentNames = new HashMap<>();

    private PrintedNames(List<Agency> bodies) {
        Map<String, String> names = new HashMap<>();
        bodies.forEach(body -> names.put(body.code(), body.name()));
        for (Agency body : bodies) {
            String parent = body.parentCode() == null ? null : names.get(body.parentCode());
            if (parent != null) {
                parentNames.put(body.code(), parent);
            }
            byName.computeIfAbsent(body.name(), name -> new ArrayList<>()).add(body);
            for (String key : keys(body.name(), parent)) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(body);
            }
        }
    }

    public static PrintedNames of(List<Agency> bodies) {
        return new PrintedNames(bodies);
    }

    /** The bodies this printed name names: those with exactly this name, else those it names once normalised. */
    public List<Agency> bodiesNamed(String printed) {
        if (printed == null || printed.isBlank()) {
            return List.of();
        }
        List<Agency> exact = byName.get(printed.strip());
        if (exact != null) {
            return List.copyOf(exact);
        }
        String key = PrintedName.key(printed);
        Map<Long, Agency> found = new LinkedHashMap<>();
        // the printed name may carry places above the body's own name: try every tail of it
        for (int start = 0; key.length() - start >= MIN_KEY; start++) {
            for (Agency body : byKey.getOrDefault(key.substring(start), List.of())) {
                if (PrintedName.matches(printed, body.name(), parentNames.get(body.code()))) {
                    found.putIfAbsent(body.id(), body);
                }
            }
        }
        return List.copyOf(found.values());
    }

    /** The body's key, and its keys with a leading part of its parent's name (the place) dropped. */
    private static List<String> keys(String name, String parentName) {
        List<String> keys = new ArrayList<>();
        String normalised = PrintedName.normalise(name);
        keys.add(PrintedName.withoutSuffix(normalised));
        String parent = PrintedName.normalise(parentName);
        for (int dropped = 1; dropped < normalised.length() && dropped <= parent.length()
                && normalised.charAt(dropped - 1) == parent.charAt(dropped - 1); dropped++) {
            String rest = PrintedName.withoutSuffix(normalised.substring(dropped));
            if (rest.length() >= MIN_KEY) {
                keys.add(rest);
            }
        }
        return keys;
    }
}
