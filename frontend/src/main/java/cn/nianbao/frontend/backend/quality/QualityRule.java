package cn.nianbao.frontend.backend.quality;

/** A built-in quality rule ({@code GET /api/quality/catalogue}): its code, default severity and Chinese name. */
public record QualityRule(String code, String severity, String name, String description) {
}
