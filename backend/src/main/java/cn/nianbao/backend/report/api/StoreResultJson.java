package cn.nianbao.backend.report.api;

import java.util.List;

import cn.nianbao.backend.contract.Finding;
import cn.nianbao.backend.report.StoreResult;

/** The answer to a store: the active version, whether it is new, and the findings of the checks at storing. */
record StoreResultJson(int versionNo, boolean created, List<FindingJson> findings) {

    /** A finding as the parse endpoint writes it: severity {@code error}, {@code warning} or {@code info}. */
    record FindingJson(String code, String severity, String message, List<String> cells) {
    }

    static StoreResultJson of(StoreResult result) {
        return new StoreResultJson(result.versionNo(), result.created(), result.findings().stream()
                .map(StoreResultJson::finding).toList());
    }

    private static FindingJson finding(Finding finding) {
        return new FindingJson(finding.code(), finding.severity().code(), finding.message(), finding.cells());
    }
}
