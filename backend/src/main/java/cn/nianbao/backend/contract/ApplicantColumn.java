package cn.nianbao.backend.contract;

import java.util.Arrays;
import java.util.Optional;

/** The seven applicant columns of 表三. */
public enum ApplicantColumn {
    NATURAL_PERSON("natural_person", "自然人"),
    COMMERCIAL("commercial", "商业企业"),
    RESEARCH("research", "科研机构"),
    PUBLIC_INTEREST("public_interest", "社会公益组织"),
    LEGAL_SERVICES("legal_services", "法律服务机构"),
    OTHER("other", "其他"),
    TOTAL("total", "总计");

    private final String code;
    private final String label;

    ApplicantColumn(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<ApplicantColumn> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
