package cn.nianbao.backend.report;

/** The outcome of storing a report: the active version number and whether a new version was made. */
public record StoreResult(int versionNo, boolean created) {
}
