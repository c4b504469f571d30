package cn.nianbao.backend.parser;

import cn.nianbao.backend.contract.ContractJson;
import cn.nianbao.backend.quality.rules.SingleReportRules;
import cn.nianbao.backend.quality.rules.SourcePositions;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON object the command line and the API print for one document: contract form + source + findings. The
 * findings are the parser's own notes on its reading and every single-report finding of the quality rules
 * ({@link SingleReportRules}), so that a document checked before it is stored shows what the stored version will.
 */
public final class ParsedJson {

    private ParsedJson() {
    }

    public static ObjectNode of(ParseOutcome outcome) {
        return switch (outcome) {
            case ParseOutcome.Parsed parsed -> {
                ObjectNode node = ContractJson.write(parsed.report());
                node.put("source", parsed.source());
                node.set("findings", ContractJson.writeFindings(
                        SingleReportRules.forParsedDocument(parsed.report(), parsed.findings(),
                                SourcePositions.of(parsed.positions()))));
                yield node;
            }
            case ParseOutcome.Failed failed -> {
                ObjectNode node = JsonNodeFactory.instance.objectNode();
                node.put("source", failed.source());
                node.put("error", failed.message());
                yield node;
            }
        };
    }
}
