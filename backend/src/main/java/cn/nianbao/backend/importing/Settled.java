package cn.nianbao.backend.importing;

/**
 * How an item ended, as it is recorded: the status, the body and year it was stored under (or would be), the version
 * made or found, a message, and as JSON its findings, its candidate bodies and (while it waits) its parsed report.
 */
public record Settled(ItemStatus status, String agencyCode, String agencyName, Integer year, Integer versionNo,
                      String message, String findingsJson, String candidatesJson, String reportJson) {

    static Settled failed(String message) {
        return new Settled(ItemStatus.FAILED, null, null, null, null, message, null, null, null);
    }
}
