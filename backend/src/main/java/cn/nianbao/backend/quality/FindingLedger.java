package cn.nianbao.backend.quality;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.nianbao.backend.contract.ContractJson;
import cn.nianbao.backend.platform.database.Tx;
import cn.nianbao.backend.quality.persistence.FindingRepository;
import cn.nianbao.backend.quality.rules.QualityFinding;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps what the rules found, body-year by body-year, so that a reviewer's decision survives a re-run: a finding
 * found again on the same version (same fingerprint) is left as it is; a new one is added, open; one no longer found
 * is deleted — or, when someone has reviewed it, resolved, so that the review is not lost and comes back with it.
 */
@Component
class FindingLedger {

    private final FindingRepository findings;

    FindingLedger(FindingRepository findings) {
        this.findings = findings;
    }

    /** How many findings each evaluated body-year has now, in total. */
    Mono<Integer> apply(Tx tx, List<Evaluated> results) {
        if (results.isEmpty()) {
            return Mono.just(0);
        }
        Set<Long> agencyIds = new HashSet<>();
        int fromYear = Integer.MAX_VALUE;
        int toYear = Integer.MIN_VALUE;
        for (Evaluated result : results) {
            agencyIds.add(result.bodyYear().agencyId());
            fromYear = Math.min(fromYear, result.bodyYear().year());
            toYear = Math.max(toYear, result.bodyYear().year());
        }
        return findings.kept(tx, agencyIds, fromYear, toYear).collectList()
                .flatMap(kept -> write(tx, results, kept));
    }

    /** Replaces the findings of one threshold rule everywhere: those of body-years not in {@code results} go. */
    Mono<Integer> applyRule(Tx tx, long ruleId, List<Evaluated> results) {
        return findings.keptOfRule(tx, ruleId).collectList().flatMap(kept -> write(tx, results, kept));
    }

    private Mono<Integer> write(Tx tx, List<Evaluated> results, List<FindingRepository.Kept> kept) {
        Map<BodyYear, List<FindingRepository.Kept>> keptByBodyYear = new HashMap<>();
        kept.forEach(k -> keptByBodyYear.computeIfAbsent(new BodyYear(k.agencyId(), k.year()), key -> new ArrayList<>())
                .add(k));
        List<FindingRepository.NewFinding> inserts = new ArrayList<>();
        Set<Long> deletes = new HashSet<>();
        Set<Long> resolves = new HashSet<>();
        Set<Long> revives = new HashSet<>();
        Set<BodyYear> evaluated = new HashSet<>();
        int total = 0;
        for (Evaluated result : results) {
            evaluated.add(result.bodyYear());
            Map<String, QualityFinding> found = new LinkedHashMap<>();
            result.findings().forEach(finding -> found.putIfAbsent(finding.fingerprint(), finding));
            total += found.size();
            for (FindingRepository.Kept k : keptByBodyYear.getOrDefault(result.bodyYear(), List.of())) {
                boolean ofThisVersion = k.versionId() == null ? result.versionId() == null
                        : k.versionId().equals(result.versionId());
                boolean withoutVersion = k.versionId() == null && result.versionId() != null;
                if (!(ofThisVersion || withoutVersion) || !result.replaces(k.code(), k.ruleId())) {
                    continue;
                }
                if (ofThisVersion && found.remove(k.fingerprint()) != null) {
                    if (k.resolved()) {
                        revives.add(k.id());
                    }
                } else if (k.reviewed()) {
                    if (!k.resolved()) {
                        resolves.add(k.id());
                    }
                } else {
                    deletes.add(k.id());
                }
            }
            found.values().forEach(finding -> inserts.add(row(result, finding)));
        }
        if (results.stream().anyMatch(r -> r.replaces() == Evaluated.Replaces.ONE_THRESHOLD_RULE)) {
            // a threshold rule's findings on body-years it no longer flags at all
            for (FindingRepository.Kept k : kept) {
                if (!evaluated.contains(new BodyYear(k.agencyId(), k.year()))) {
                    if (k.reviewed()) {
                        if (!k.resolved()) {
                            resolves.add(k.id());
                        }
                    } else {
                        deletes.add(k.id());
                    }
                }
            }
        }
        int count = total;
        return findings.delete(tx, deletes)
                .then(findings.resolve(tx, resolves, true))
                .then(findings.resolve(tx, revives, false))
                .then(findings.insert(tx, inserts))
                .thenReturn(count);
    }

    private static FindingRepository.NewFinding row(Evaluated result, QualityFinding finding) {
        ArrayNode cells = JsonNodeFactory.instance.arrayNode();
        finding.cells().forEach(cells::add);
        ObjectNode figures = JsonNodeFactory.instance.objectNode();
        finding.figures().forEach((name, value) -> {
            switch (value) {
                case Integer number -> figures.put(name, number);
                case Long number -> figures.put(name, number);
                case BigDecimal number -> figures.put(name, number);
                case Double number -> figures.put(name, number);
                default -> figures.put(name, value.toString());
            }
        });
        String message = finding.message().length() > 2000 ? finding.message().substring(0, 1999) + "…"
                : finding.message();
        return new FindingRepository.NewFinding(result.bodyYear().agencyId(), result.bodyYear().year(),
                result.versionId(), finding.code(), finding.severity().code(), finding.ruleId(),
                finding.fingerprint(), message, ContractJson.MAPPER.writeValueAsString(cells),
                ContractJson.MAPPER.writeValueAsString(figures),
                finding.source() == null ? null
                        : ContractJson.MAPPER.writeValueAsString(ContractJson.writeSource(finding.source())),
                finding.relatedVersionId());
    }
}
