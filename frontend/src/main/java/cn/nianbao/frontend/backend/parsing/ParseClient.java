package cn.nianbao.frontend.backend.parsing;

import cn.nianbao.frontend.backend.BackendHttp;
import cn.nianbao.frontend.backend.reports.AnnualReportData;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

/** Reads an uploaded document into the contract form ({@code POST /api/parse}); nothing is stored. */
@Component
public class ParseClient {

    private final BackendHttp http;

    public ParseClient(BackendHttp http) {
        this.http = http;
    }

    /**
     * A document the parser cannot read is an {@code ERROR_ANSWER} 422 whose detail names the file and the problem.
     */
    public AnnualReportData parse(String fileName, String mediaType, byte[] bytes) {
        return http.upload("/api/parse", fileName, mediaType, bytes, new TypeReference<>() { });
    }
}
