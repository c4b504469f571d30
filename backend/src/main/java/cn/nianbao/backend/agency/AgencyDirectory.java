package cn.nianbao.backend.agency;

import java.util.Collection;
import java.util.List;

import cn.nianbao.backend.agency.persistence.AgencyRepository;
import cn.nianbao.backend.platform.database.Database;
import cn.nianbao.backend.platform.database.Tx;
import cn.nianbao.backend.platform.security.Caller;
import cn.nianbao.backend.platform.security.Role;
import cn.nianbao.backend.platform.web.BadRequestException;
import cn.nianbao.backend.platform.web.ForbiddenException;
import cn.nianbao.backend.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The agency tree as every other feature sees it: bodies by code, the part of the tree a caller may see, who is
 * expected to report in a year. A body outside the caller's scope is answered exactly like a body that does not
 * exist, so that nobody learns what lies outside their part of the tree.
 *
 * <p>A caller's scope is the subtree of their scope body; a clerk's reaches no level below their own body.
 */
@Service
public class AgencyDirectory {

    /** The deepest listing one request may ask for (levels below its root). */
    public static final int MAX_DEPTH = 50;
    /** Agency codes are at most this long (the column is varchar(64)). */
    public static final int MAX_CODE_LENGTH = 64;

    private final AgencyRepository agencies;
    private final Database database;

    public AgencyDirectory(AgencyRepository agencies, Database database) {
        this.agencies = agencies;
        this.database = database;
    }

    /** The body with this code whoever asks: for the system itself (demo data, sign-in scopes), never for a caller. */
    public Mono<Agency> byCode(String code) {
        return validCode(code) ? agencies.findByCode(code) : Mono.empty();
    }

    /** The bodies with these ids whoever asks, for the system itself (the quality rules), never for a caller. */
    public Mono<List<Agency>> byIds(Collection<Long> ids) {
        return agencies.byIds(tx(), ids);
    }

    /**
     * The region and every body under it whoever asks, in tree order (depth from the region); for the system itself
     * (the quality rules' runs), never for a caller. Empty when there is no such body.
     */
    public Mono<List<Agency>> subtree(String regionCode) {
        return validCode(regionCode) ? agencies.subtree(regionCode, null) : Mono.just(List.of());
    }

    /** Every body, in tree order; for the system itself, never for a caller. */
    public Mono<List<Agency>> everyBody() {
        return agencies.all(tx(), null);
    }

    /** The ids of the body and of every body above it, nearest first. */
    public Mono<List<Long>> lineage(Agency body) {
        return agencies.lineage(tx(), body.id());
    }

    /** {@link #lineage} of many bodies at once, by id. */
    public Mono<java.util.Map<Long, List<Long>>> lineages(Collection<Long> ids) {
        return agencies.lineages(tx(), ids);
    }

    /**
     * Whether the agency a report prints is this body, whose parent is called {@code parentName} (null at the top),
     * allowing for the spellings of {@link PrintedName}: for checking many reports without a query each.
     */
    public static boolean printsNameOf(String printed, Agency body, String parentName) {
        return PrintedName.matches(printed, body.name(), parentName);
    }

    /** The body, when the caller may see it; 404 otherwise. One query: the scope is a condition of the lookup. */
    public Mono<Agency> visible(Caller caller, String agencyCode) {
        Mono<Agency> inScope = !validCode(agencyCode) ? Mono.empty() : caller.isAdmin() ? byCode(agencyCode)
                : agencies.findByCodeWithin(agencyCode, caller.scopeAgencyId(), scopeDepth(caller));
        return inScope.switchIfEmpty(Mono.error(notFound(agencyCode)));
    }

    /** The body, when the caller may change its reports: its own clerk, or an administrator. */
    public Mono<Agency> writable(Caller caller, String agencyCode) {
        return visible(caller, agencyCode).flatMap(agency -> caller.isAdmin() || caller.role() == Role.CLERK
                ? Mono.just(agency)
                : Mono.error(new ForbiddenException("角色“" + caller.role().label() + "”只能查看，不能修改 "
                        + agency.name() + " 的年报")));
    }

    /**
     * The body, when the caller may import its reports: an administrator anywhere, a supervisor in their region, a
     * clerk for their own body; 404 (like a body that does not exist) outside the caller's scope, 403 for a viewer.
     */
    public Mono<Agency> importable(Caller caller, String agencyCode) {
        return visible(caller, agencyCode).flatMap(agency -> caller.role() != Role.VIEWER ? Mono.just(agency)
                : Mono.error(new ForbiddenException("角色“" + caller.role().label() + "”只能查看，不能导入 "
                        + agency.name() + " 的年报")));
    }

    /**
     * Those of these bodies the caller may import, by code, in two queries at most. A body left out — unknown,
     * outside the caller's scope, or any body for a viewer — is answered with its reason by {@link #importable}.
     */
    public Mono<java.util.Map<String, Agency>> importable(Caller caller, Collection<String> agencyCodes) {
        List<String> codes = agencyCodes.stream().filter(AgencyDirectory::validCode).distinct().toList();
        if (codes.isEmpty() || caller.role() == Role.VIEWER) {
            return Mono.just(java.util.Map.of());
        }
        return agencies.byCodes(tx(), codes)
                .flatMap(found -> caller.isAdmin() || found.isEmpty() ? Mono.just(found)
                        : agencies.within(tx(), caller.scopeAgencyId(), found.stream().map(Agency::id).toList(),
                                scopeDepth(caller)).map(inScope -> found.stream()
                                .filter(agency -> inScope.contains(agency.id())).toList()))
                .map(inScope -> {
                    java.util.Map<String, Agency> byCode = new java.util.HashMap<>();
                    inScope.forEach(agency -> byCode.put(agency.code(), agency));
                    return byCode;
                });
    }

    /**
     * A page of the bodies the caller may import whose name (or code) {@code query} names, as a person types it: the
     * same normalisation as printed names (spaces, full-width forms, the suffix of the body's kind, the place above
     * it), those of {@code first} first; nothing for a viewer, and never a body outside the caller's scope. The
     * bounds are the caller's to check.
     */
    public Mono<List<FoundBody>> importableNamed(Caller caller, String query,
                                                              Collection<String> first, int offset, int limit) {
        if (caller.role() == Role.VIEWER) {
            return Mono.just(List.of());
        }
        String normalised = PrintedName.normalise(query);
        return agencies.named(tx(), caller.isAdmin() ? null : caller.scopeAgencyId(), scopeDepth(caller), normalised,
                PrintedName.key(normalised), first, offset, limit);
    }

    /**
     * A page of the bodies the caller may see whose name (or code) {@code query} names, normalised like
     * {@link #importableNamed}: for the pickers that search a scope of any size by name. The bounds are the caller's
     * to check.
     */
    public Mono<List<FoundBody>> visibleNamed(Caller caller, String query, int offset, int limit) {
        String normalised = PrintedName.normalise(query);
        return agencies.named(tx(), caller.isAdmin() ? null : caller.scopeAgencyId(), scopeDepth(caller), normalised,
                PrintedName.key(normalised), List.of(), offset, limit);
    }

    /** The body, when the caller supervises it: an administrator anywhere, a supervisor in their region. */
    public Mono<Agency> supervised(Caller caller, String agencyCode, String what) {
        return visible(caller, agencyCode).flatMap(agency -> caller.isAdmin() || caller.role() == Role.SUPERVISOR
                ? Mono.just(agency)
                : Mono.error(new ForbiddenException("只有管理员或本地区的督查人员可以" + what)));
    }

    /** Every body by the names its reports may print, for recognising the body of documents; for the system itself. */
    public Mono<PrintedNames> printedNames() {
        return everyBody().map(PrintedNames::of);
    }

    /**
     * The region and the bodies under it that the caller may see, at most {@code depth} levels down (null: all),
     * in tree order with depth counted from the region; 404 when the caller may not see the region.
     */
    public Mono<List<Agency>> visibleSubtree(Caller caller, String regionCode, Integer depth) {
        return Mono.defer(() -> {
            int levels = subtreeDepth(caller, depth);
            return visible(caller, regionCode).flatMap(region -> agencies.subtree(region.code(), levels));
        });
    }

    /**
     * The region, when the caller may see it, followed by the bodies directly under it (none for a clerk) in tree
     * order; 404 otherwise. The bodies are read alongside the region's lookup and handed out only once the caller is
     * known to see the region: one round trip instead of two for every answer by sub-region.
     */
    public Mono<List<Agency>> visibleWithChildren(Caller caller, String regionCode) {
        return Mono.defer(() -> Mono.zipDelayError(visible(caller, regionCode),
                        validCode(regionCode) ? agencies.subtree(regionCode, subtreeDepth(caller, 1))
                                : Mono.just(List.<Agency>of()))
                // a body moved away between the two reads: the region alone
                .map(both -> both.getT2().isEmpty() ? List.of(both.getT1()) : both.getT2()));
    }

    /**
     * {@link #visibleSubtree} of a region that {@link #visible} has just returned for this caller, without looking
     * it up again: one query instead of two.
     */
    public Mono<List<Agency>> visibleSubtree(Caller caller, Agency visibleRegion, Integer depth) {
        return Mono.defer(() -> agencies.subtree(visibleRegion.code(), subtreeDepth(caller, depth)));
    }

    /**
     * Everything the caller may see, at most {@code depth} levels below its top (null: all): the whole tree for an
     * administrator, the caller's scope for everyone else.
     */
    public Mono<List<Agency>> visibleTree(Caller caller, Integer depth) {
        return caller.isAdmin() ? Mono.defer(() -> agencies.all(tx(), depth == null ? null : boundedDepth(depth)))
                : visibleSubtree(caller, caller.scopeAgencyCode(), depth);
    }

    /** The bodies of the region the caller may see (the region included) that must report in {@code year}. */
    public Mono<List<Agency>> expectedToReport(Caller caller, String regionCode, int year) {
        return visible(caller, regionCode)
                .flatMap(region -> agencies.expectedToReport(tx(), region.code(), year, scopeDepth(caller)));
    }

    /** Whether {@code body} is {@code region} or lies under it. */
    public Mono<Boolean> isWithin(Agency region, Agency body) {
        return agencies.isWithin(tx(), region.id(), body.id(), Integer.MAX_VALUE);
    }

    /**
     * Whether the agency a report prints ({@code agency} in the contract) is this body, allowing for the spellings
     * of {@link PrintedName}. Empty names never match.
     */
    public Mono<Boolean> isPrintedNameOf(Agency body, String printed) {
        return Mono.justOrEmpty(body.parentCode()).flatMap(this::byCode).map(Agency::name)
                .map(parent -> PrintedName.matches(printed, body.name(), parent))
                .defaultIfEmpty(PrintedName.matches(printed, body.name(), null));
    }

    /** The code of the region a caller sees when they name none: their scope, or the first root for an administrator. */
    public Mono<String> defaultRegion(Caller caller) {
        if (!caller.isAdmin()) {
            return Mono.just(caller.scopeAgencyCode());
        }
        return agencies.all(tx(), 0).flatMap(roots -> Mono.justOrEmpty(roots.stream().findFirst().map(Agency::code)));
    }

    /** Only an administrator may do this. */
    public Mono<Void> requireAdmin(Caller caller, String what) {
        return caller.isAdmin() ? Mono.empty()
                : Mono.error(new ForbiddenException("只有管理员可以" + what));
    }

    public Mono<Boolean> isEmpty() {
        return agencies.isEmpty(tx());
    }

    /**
     * Adds a body (with its reporting periods) unless its code is taken, for the system itself: the demo data and
     * tests. People add bodies through {@link AgencyAdministration}. The new id, or empty when the code was taken.
     */
    public Mono<Long> addIfAbsent(NewAgency agency) {
        return database.inTransaction(tx -> agencies.insertIfAbsent(tx, agency));
    }

    public static NotFoundException notFound(String agencyCode) {
        String shown = agencyCode == null ? "" : agencyCode.length() > MAX_CODE_LENGTH
                ? agencyCode.substring(0, MAX_CODE_LENGTH) + "…" : agencyCode;
        return new NotFoundException("没有机构代码为 " + shown + " 的机构");
    }

    /** How many levels under their scope body a caller sees. */
    private static int scopeDepth(Caller caller) {
        return caller.role() == Role.CLERK ? 0 : Integer.MAX_VALUE;
    }

    /** How many levels of a region's subtree a caller sees: the levels asked for, within the caller's scope. */
    private static int subtreeDepth(Caller caller, Integer depth) {
        return Math.min(boundedDepth(depth), scopeDepth(caller));
    }

    private static int boundedDepth(Integer depth) {
        if (depth == null) {
            return Integer.MAX_VALUE;
        }
        if (depth < 0 || depth > MAX_DEPTH) {
            throw new BadRequestException("depth", "层级数 depth 应在 0 至 " + MAX_DEPTH + " 之间，收到 " + depth);
        }
        return depth;
    }

    private static boolean validCode(String code) {
        return code != null && !code.isEmpty() && code.length() <= MAX_CODE_LENGTH;
    }

    private Tx tx() {
        return database.autoCommit();
    }
}
