package cn.nianbao.frontend.backend.analytics;

/** The region an analytics answer is about; {@code demo} when its data is the demo set. */
public record Region(String code, String name, boolean demo) {
}
