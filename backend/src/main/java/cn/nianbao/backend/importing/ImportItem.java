package cn.nianbao.backend.importing;

/**
 * One item of a job as it is shown: findings, candidates and the parsed report are kept as JSON text (the report only
 * when it was asked for).
 */
public record ImportItem(int index, String fileName, ItemStatus status, String agencyCode, String agencyName,
                         Integer year, Integer versionNo, String message, String findingsJson, String candidatesJson,
                         String reportJson) {
}
