package cn.nianbao.backend.parser;

import java.util.List;

import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.Finding;
import cn.nianbao.backend.contract.SourceRows;

/** The result of parsing one document: a report with the parser's findings, or a failure saying why. */
public sealed interface ParseOutcome {

    /** The name the document was given as (a path on the command line, the uploaded file name). */
    String source();

    /**
     * @param positions where each table cell was read in the document (its row's line and page)
     * @param names     the other names of a body the document prints besides its title's: its signature's, its
     *                  page's publishing body's
     */
    record Parsed(String source, AnnualReport report, List<Finding> findings, SourceRows positions,
                  BodyNames names) implements ParseOutcome {
        public Parsed {
            findings = List.copyOf(findings);
            positions = positions == null ? SourceRows.NONE : positions;
            names = names == null ? BodyNames.NONE : names;
        }
    }

    /**
     * A body's name as the signature (落款) prints it, and the publishing body (发布机构) of the page or of a crawler's
     * header; null where the document prints none. Not part of the report: only for recognising its body.
     */
    record BodyNames(String signature, String publisher) {
        public static final BodyNames NONE = new BodyNames(null, null);
    }

    /** @param problem what is wrong, in Chinese, without the file name */
    record Failed(String source, String problem) implements ParseOutcome {

        /** The message for people: names the file and the problem. */
        public String message() {
            return "无法解析文件「" + source + "」：" + problem;
        }
    }
}
