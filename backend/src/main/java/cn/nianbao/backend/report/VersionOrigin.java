package cn.nianbao.backend.report;

/** Where a report version came from. */
public enum VersionOrigin {
    IMPORT("导入"),
    MANUAL("人工更正"),
    API("接口提交"),
    DEMO("示例数据");

    private final String label;

    VersionOrigin(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
