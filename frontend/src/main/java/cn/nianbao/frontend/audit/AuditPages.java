package cn.nianbao.frontend.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import cn.nianbao.frontend.backend.audit.AuditClient;
import cn.nianbao.frontend.backend.audit.AuditEvent;
import cn.nianbao.frontend.backend.audit.AuditQuery;

/**
 * The audit log read page by page as the user scrolls the grid, newest first. The backend pages by time
 * ({@code to} exclusive, {@code limit}): the next page ends just after the last event shown, and the events of that
 * same instant already shown are skipped by their id (the backend orders by time, then id). At most
 * {@value #MAX_SHOWN} events are read; a narrower filter finds older ones.
 */
final class AuditPages {

    /** Events per call to the backend. */
    static final int PAGE = 200;
    /** Events kept for one search at most: a search is narrowed by date rather than scrolled forever. */
    static final int MAX_SHOWN = 5000;
    /** The backend stores times to the microsecond. */
    private static final long MICROSECOND_NANOS = 1_000;

    private final AuditClient client;
    private final AuditQuery filter;
    private final int pageSize;
    private final List<AuditEvent> loaded = new ArrayList<>();
    private boolean exhausted;

    AuditPages(AuditClient client, AuditQuery filter) {
        this(client, filter, PAGE);
    }

    AuditPages(AuditClient client, AuditQuery filter, int pageSize) {
        this.client = client;
        this.filter = filter;
        this.pageSize = pageSize;
    }

    /** The events {@code offset} … {@code offset + limit}, reading further pages when needed. */
    Stream<AuditEvent> fetch(int offset, int limit) {
        int wanted = (int) Math.min((long) offset + limit, MAX_SHOWN);
        while (loaded.size() < wanted && !exhausted) {
            readNextPage();
        }
        int from = Math.min(offset, loaded.size());
        int to = Math.min(wanted, loaded.size());
        return List.copyOf(loaded.subList(from, to)).stream();
    }

    /** Whether the search found more events than are shown. */
    boolean capped() {
        return loaded.size() >= MAX_SHOWN && !exhausted;
    }

    private void readNextPage() {
        AuditEvent last = loaded.isEmpty() ? null : loaded.getLast();
        Instant to = last == null ? filter.to() : last.occurredAt().toInstant().plusNanos(MICROSECOND_NANOS);
        int requested = Math.min(pageSize, MAX_SHOWN - loaded.size());
        List<AuditEvent> page = client.events(new AuditQuery(filter.from(), to, filter.action(), filter.actor(),
                requested));
        List<AuditEvent> fresh = last == null ? page : page.stream().filter(event -> after(event, last)).toList();
        loaded.addAll(fresh);
        // a short page is the end of the log; a page with nothing new only if a whole page shares one microsecond
        if (page.size() < requested || fresh.isEmpty()) {
            exhausted = true;
        }
    }

    /** Whether {@code event} comes after {@code last} in the backend's order: older, or as old with a smaller id. */
    private static boolean after(AuditEvent event, AuditEvent last) {
        int byTime = event.occurredAt().toInstant().compareTo(last.occurredAt().toInstant());
        return byTime < 0 || (byTime == 0 && event.id() < last.id());
    }
}
