package cn.nianbao.frontend.backend.agencies;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What an administrator changes about a body ({@code PATCH /api/agencies/{code}}): its name, its parent ("" moves it
 * to the top level) and the years it must report (replacing the old ones). Null leaves a field as it is.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgencyChange(String name, String parentCode, List<Agency.ReportingPeriod> reportingPeriods) {

    /** Nothing to change: the form was saved as it was opened. */
    @JsonIgnore
    public boolean isEmpty() {
        return name == null && parentCode == null && reportingPeriods == null;
    }
}
