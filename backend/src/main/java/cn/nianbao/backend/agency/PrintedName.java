package cn.nianbao.backend.agency;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether the name a report prints in its title is the name of a body. Reports write the same body in several ways:
 * with or without spaces, in full-width or half-width characters, and with or without the place name of the level
 * above (淮安市洪泽区人民政府 prints its title as 洪泽区人民政府).
 */
public final class PrintedName {

    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    /** Longest first, so that 管理委员会 is not left as 管理委员会 minus nothing. */
    private static final List<String> SUFFIXES = List.of("管理委员会", "人民政府", "办事处", "管委会");

    private PrintedName() {
    }

    /** The name without spaces and with full-width letters, digits and brackets made half-width (NFKC). */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        return SPACES.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC)).replaceAll("");
    }

    /**
     * Whether {@code printed} names the body called {@code bodyName} whose parent is called {@code parentName}
     * (null for a top-level body): equal once normalised, or equal but for a leading part of the parent's name
     * (the place, e.g. 淮安市 of 淮安市人民政府) on either side — with or without the suffix of the body's kind
     * (石嘴镇 for 石嘴镇人民政府, 城南街道 for 城南街道办事处).
     */
    public static boolean matches(String printed, String bodyName, String parentName) {
        String p = normalise(printed);
        String b = normalise(bodyName);
        if (p.isEmpty()) {
            return false;
        }
        String parent = normalise(parentName);
        return sameOrPlaceDropped(p, b, parent) || sameOrPlaceDropped(withoutSuffix(p), withoutSuffix(b), parent);
    }

    /**
     * The normalised name without the suffix of the body's kind (人民政府, 办事处, 管委会, 管理委员会), when at least
     * two characters are left: what an index of printed names is keyed by.
     */
    public static String key(String name) {
        return withoutSuffix(normalise(name));
    }

    static String withoutSuffix(String normalised) {
        for (String suffix : SUFFIXES) {
            if (normalised.endsWith(suffix) && normalised.length() - suffix.length() >= 2) {
                return normalised.substring(0, normalised.length() - suffix.length());
            }
        }
        return normalised;
    }

    private static boolean sameOrPlaceDropped(String p, String b, String parent) {
        if (p.equals(b)) {
            return true;
        }
        String longer = p.length() > b.length() ? p : b;
        String shorter = p.length() > b.length() ? b : p;
        if (shorter.isEmpty() || !longer.endsWith(shorter) || parent.isEmpty()) {
            return false;
        }
        String prefix = longer.substring(0, longer.length() - shorter.length());
        return parent.startsWith(prefix);
    }
}
