package cn.nianbao.backend.quality.rules;

import cn.nianbao.backend.contract.Severity;

/**
 * A built-in quality rule as data: its code (the key {@code code} of every finding it makes), its usual severity, its
 * name and what it checks in Chinese, the message template its findings fill in, and whether it reads one report
 * alone or also other reports, the agency tree or the calendar.
 *
 * @param origin where its findings come from: the rules themselves, or the parser while it read the document
 */
public record Rule(String code, Severity severity, String name, String description, MessageTemplate template,
                   Reach reach, Origin origin) {

    /** What a rule needs besides the report itself. */
    public enum Reach {
        /** The report alone: the parse command and {@code POST /api/parse} report it too. */
        ONE_REPORT,
        /** Other reports of the body or of other bodies, the agency tree, or today's date. */
        ACROSS_REPORTS
    }

    /** Who finds it. */
    public enum Origin {
        RULES,
        /** The parser, while reading the document; kept with the version it was stored as. */
        PARSER
    }

    public boolean oneReport() {
        return reach == Reach.ONE_REPORT;
    }
}
