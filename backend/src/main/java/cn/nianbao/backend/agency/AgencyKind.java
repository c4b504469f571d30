package cn.nianbao.backend.agency;

/** What kind of body an agency is; people's governments report by 31 March, all others by 31 January. */
public enum AgencyKind {
    PEOPLES_GOVERNMENT("人民政府"),
    TOWNSHIP("乡镇（街道）"),
    DEPARTMENT("部门"),
    OTHER("其他");

    private final String label;

    AgencyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
