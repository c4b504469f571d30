package cn.nianbao.frontend.backend.audit;

import java.util.List;
import java.util.Optional;

import cn.nianbao.frontend.backend.BackendHttp;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

/** The audit log ({@code /api/audit}): reading it, and noting that the user took an export. */
@Component
public class AuditClient {

    private final BackendHttp http;

    public AuditClient(BackendHttp http) {
        this.http = http;
    }

    /**
     * Audit events, newest first (by time, then id); administrators get all, supervisors their region's. The backend
     * pages by time: {@code to} is exclusive and {@code limit} at most {@value AuditQuery#MAX_LIMIT}.
     */
    public List<AuditEvent> events(AuditQuery query) {
        // instants in UTC ("…Z"): an offset's "+" would arrive as a space in a query string
        return http.get(uri -> uri.path("/api/audit")
                        .queryParamIfPresent("from", Optional.ofNullable(query.from()).map(Object::toString))
                        .queryParamIfPresent("to", Optional.ofNullable(query.to()).map(Object::toString))
                        .queryParamIfPresent("action", Optional.ofNullable(query.action()))
                        .queryParamIfPresent("actor", Optional.ofNullable(query.actor()))
                        .queryParam("limit", query.limit())
                        .build(),
                new TypeReference<>() { });
    }
}
