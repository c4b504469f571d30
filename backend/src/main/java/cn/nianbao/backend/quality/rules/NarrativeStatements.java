package cn.nianbao.backend.quality.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.backend.contract.NarrativeSection;

/**
 * Reads the figures a narrative states in words — "共收到政府信息公开申请 24 件", "办结 23 件", "结转下年度办理 1 件",
 * "政府信息公开行政复议 2 起", "本年制发行政规范性文件 3 件", "未发生行政复议、行政诉讼" — with where each was read.
 *
 * <p>It is cautious on purpose: a statement is taken only from one clause (between commas) whose words say what is
 * counted, with the count in 件/起 right after; a clause that speaks of a part (其中), a change (同比, 增长), a rate,
 * an approximate number (余, 多, 约, 左右) or of something else (予以公开, 维持…) gives nothing. Text is compared with
 * the spaces and line breaks of PDF text removed, and positions are mapped back to the stored section text.
 */
final class NarrativeStatements {

    /** A figure stated in the text: what, how many, and where (section, offset and length in its stored text). */
    record Statement(StatedFigure figure, long value, int section, int offset, int length, String excerpt) {
    }

    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d{1,7})";
    private static final String REQUESTS = "(?:件|个|宗|份)";
    private static final String CASES = "(?:件|起|宗|次|个)";
    private static final String NONE = "(?:未发生|未出现|没有发生|没有|未有|无(?!法))";
    private static final String CHANGE = "同比|较上年|较去年|增长|增加|减少|下降|上升|率|平均|累计|以来";

    /**
     * One way of stating a figure: the clause pattern, words that make the clause mean something else, and words the
     * sentence must contain. {@code keyword} is a word every matching clause contains: a clause without it is passed
     * over without running the patterns (most clauses of a narrative state no figure).
     */
    private record Cue(StatedFigure figure, String keyword, Pattern clause, Pattern forbidden, Pattern sentence,
                       boolean none) {

        static Cue count(StatedFigure figure, String clause, String forbidden, String sentence) {
            return new Cue(figure, keyword(figure), Pattern.compile(clause), Pattern.compile(forbidden),
                    Pattern.compile(sentence), false);
        }

        static Cue none(StatedFigure figure, String clause, String forbidden, String sentence) {
            return new Cue(figure, keyword(figure), Pattern.compile(clause), Pattern.compile(forbidden),
                    Pattern.compile(sentence), true);
        }

        private static String keyword(StatedFigure figure) {
            return switch (figure) {
                case RECEIVED -> "申请";
                case HANDLED, CARRIED_OVER, CARRIED_FORWARD -> "件";
                case REVIEWS, REVIEWS_AND_LAWSUITS -> "行政复议";
                case LAWSUITS -> "行政诉讼";
                case NORMATIVE_ISSUED, NORMATIVE_REPEALED, NORMATIVE_IN_FORCE -> "规范性文件";
                case REGULATIONS_ISSUED, REGULATIONS_REPEALED, REGULATIONS_IN_FORCE -> "规章";
            };
        }
    }

    private static final List<Cue> CUES = List.of(
            Cue.count(StatedFigure.RECEIVED, "(?:收到|受理|接收|接到|新收)[^\\d]{0,14}?申请[^\\d]{0,6}?" + NUMBER + REQUESTS,
                    "上年|上一年|去年|结转|顺延|其中|办结|答复|" + CHANGE, "信息公开|依申请|公开申请"),
            Cue.none(StatedFigure.RECEIVED, "(?:未收到|没有收到|未接到|未受理|无(?!法))[^\\d]{0,10}?(?:依申请公开|信息公开申请|公开申请)",
                    "\\d|上年|结转|举报|投诉", ".*"),
            Cue.count(StatedFigure.HANDLED, "(?:办结|答复|办理完毕|办理完成|处理完毕)[^\\d]{0,6}?" + NUMBER + "件",
                    "予以公开|部分公开|不予|无法提供|其中|结转|顺延|上年|下年|按时|超期|逾期|" + CHANGE, "申请"),
            Cue.count(StatedFigure.CARRIED_OVER, "上一?年度?结转[^\\d]{0,10}?" + NUMBER + "件",
                    "其中|下一?年|" + CHANGE, "申请"),
            Cue.count(StatedFigure.CARRIED_OVER, NUMBER + "件[^\\d]{0,4}?(?:为|系|属|是)?上一?年度?结转",
                    "其中|下一?年|" + CHANGE, "申请"),
            Cue.count(StatedFigure.CARRIED_FORWARD, "结转(?:至|到|入)?下一?年度?[^\\d]{0,8}?" + NUMBER + "件",
                    "其中|上一?年|" + CHANGE, "申请|办理|答复"),
            Cue.count(StatedFigure.CARRIED_FORWARD, NUMBER + "件[^\\d]{0,8}?(?:结转|顺延|转入|转到)(?:至|到)?下一?年度?",
                    "其中|上一?年|" + CHANGE, "申请|办理|答复"),
            Cue.count(StatedFigure.REVIEWS, "行政复议[^\\d]{0,8}?" + NUMBER + CASES,
                    "诉讼|维持|纠正|纠错|其他结果|审结|其中|" + CHANGE, "信息公开"),
            Cue.count(StatedFigure.LAWSUITS, "行政诉讼[^\\d]{0,8}?" + NUMBER + CASES,
                    "复议|维持|纠正|纠错|其他结果|审结|败诉|胜诉|其中|" + CHANGE, "信息公开"),
            Cue.count(StatedFigure.REVIEWS_AND_LAWSUITS, "行政复议[^\\d]{0,12}?行政诉讼[^\\d]{0,6}?共计?" + NUMBER + CASES,
                    "维持|纠正|纠错|审结|其中|" + CHANGE, "信息公开"),
            Cue.none(StatedFigure.REVIEWS, NONE + "[^\\d]{0,20}?行政复议", "\\d|纠错|纠正|败诉|撤销|维持",
                    "信息公开|政务公开|依申请"),
            Cue.none(StatedFigure.LAWSUITS, NONE + "[^\\d]{0,30}?行政诉讼", "\\d|纠错|纠正|败诉|撤销|维持",
                    "信息公开|政务公开|依申请"),
            Cue.count(StatedFigure.NORMATIVE_ISSUED, "(?:制发|制定|出台|印发|发布|新增)[^\\d]{0,12}?规范性文件[^\\d]{0,4}?"
                    + NUMBER + REQUESTS, "现行有效|废止|清理|审查|备案|解读|其中|" + CHANGE, ".*"),
            Cue.count(StatedFigure.NORMATIVE_REPEALED, "废止[^\\d]{0,12}?规范性文件[^\\d]{0,4}?" + NUMBER + REQUESTS,
                    "现行有效|制发|其中|" + CHANGE, ".*"),
            Cue.count(StatedFigure.NORMATIVE_IN_FORCE, "现行有效[^\\d]{0,12}?规范性文件[^\\d]{0,4}?" + NUMBER + REQUESTS,
                    "废止|制发|其中|" + CHANGE, ".*"),
            Cue.count(StatedFigure.REGULATIONS_ISSUED, "(?:制发|制定|出台|印发|发布|新增|颁布)[^\\d]{0,12}?规章[^\\d]{0,4}?"
                    + NUMBER + "(?:件|部|个)", "现行有效|废止|清理|审查|备案|解读|其中|" + CHANGE, ".*"),
            Cue.count(StatedFigure.REGULATIONS_REPEALED, "废止[^\\d]{0,12}?规章[^\\d]{0,4}?" + NUMBER + "(?:件|部|个)",
                    "现行有效|制发|其中|" + CHANGE, ".*"),
            Cue.count(StatedFigure.REGULATIONS_IN_FORCE, "现行有效[^\\d]{0,12}?规章[^\\d]{0,4}?" + NUMBER + "(?:件|部|个)",
                    "废止|制发|其中|" + CHANGE, ".*"));

    /** Where a sentence ends, and where a clause within it ends (a comma in 3,119 does not). */
    private static final String SENTENCE_END = "。！？!?；;";
    private static final String CLAUSE_END = "，：:（）()【】“”\"";

    /** Words just before a number that make it approximate. */
    private static final String APPROXIMATE_BEFORE = "约近超逾过余";
    private static final int EXCERPT = 60;

    private NarrativeStatements() {
    }

    /** Every figure the prose sections state, in the order they are written. */
    static List<Statement> of(List<NarrativeSection> sections) {
        List<Statement> statements = new ArrayList<>();
        for (NarrativeSection section : sections) {
            if (section.text() != null) {
                read(section, statements);
            }
        }
        return statements;
    }

    private static void read(NarrativeSection section, List<Statement> statements) {
        Compact text = Compact.of(section.text());
        String chars = text.chars();
        int sentenceStart = 0;
        for (int i = 0; i <= chars.length(); i++) {
            if (i == chars.length() || SENTENCE_END.indexOf(chars.charAt(i)) >= 0) {
                readSentence(section, text, sentenceStart, i, statements);
                sentenceStart = i + 1;
            }
        }
    }

    private static void readSentence(NarrativeSection section, Compact text, int start, int end,
                                     List<Statement> statements) {
        if (end <= start) {
            return;
        }
        String sentence = text.chars().substring(start, end);
        int clauseStart = 0;
        for (int i = 0; i <= sentence.length(); i++) {
            if (i == sentence.length() || endsClause(sentence, i)) {
                readClause(section, text, start + clauseStart, sentence.substring(clauseStart, i), sentence,
                        statements);
                clauseStart = i + 1;
            }
        }
    }

    private static boolean endsClause(String sentence, int i) {
        char c = sentence.charAt(i);
        if (CLAUSE_END.indexOf(c) >= 0) {
            return true;
        }
        // an ASCII comma ends a clause unless it separates thousands (3,119)
        return c == ',' && !(i + 3 < sentence.length() && Character.isDigit(sentence.charAt(i + 1))
                && Character.isDigit(sentence.charAt(i + 2)) && Character.isDigit(sentence.charAt(i + 3)));
    }

    private static void readClause(NarrativeSection section, Compact text, int clauseStart, String clause,
                                   String sentence, List<Statement> statements) {
        if (clause.isEmpty()) {
            return;
        }
        boolean digits = hasDigit(clause);
        for (Cue cue : CUES) {
            if (!clause.contains(cue.keyword()) || cue.none() == digits) {
                continue; // a count needs a number, a "none" has none
            }
            Matcher matcher = cue.clause().matcher(clause);
            if (!matcher.find() || cue.forbidden().matcher(clause).find() || !cue.sentence().matcher(sentence).find()) {
                continue;
            }
            long value = 0;
            if (!cue.none()) {
                int numberAt = matcher.start(1);
                if (numberAt > 0 && APPROXIMATE_BEFORE.indexOf(clause.charAt(numberAt - 1)) >= 0
                        || clause.startsWith("左右", matcher.end()) || clause.startsWith("以上", matcher.end())) {
                    continue;
                }
                value = Long.parseLong(matcher.group(1).replace(",", ""));
            }
            int from = text.original(clauseStart);
            int to = text.original(clauseStart + clause.length() - 1) + 1;
            String excerpt = Narrative.shorten(section.text().substring(from, to), EXCERPT);
            statements.add(new Statement(cue.figure(), value, section.number(), from, to - from, excerpt));
        }
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** A text without its white space, each character mapped back to its place in the original. */
    private record Compact(String chars, int[] offsets) {

        static Compact of(String original) {
            StringBuilder chars = new StringBuilder(original.length());
            int[] offsets = new int[original.length()];
            int n = 0;
            for (int i = 0; i < original.length(); i++) {
                char c = original.charAt(i);
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    continue;
                }
                if (c >= '０' && c <= '９') {
                    c = (char) ('0' + (c - '０'));
                }
                chars.append(c);
                offsets[n++] = i;
            }
            return new Compact(chars.toString(), offsets);
        }

        int original(int compactIndex) {
            return offsets[compactIndex];
        }
    }
}
