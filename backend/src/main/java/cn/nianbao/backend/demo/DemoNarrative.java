package cn.nianbao.backend.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import cn.nianbao.backend.contract.ApplicantCounts;
import cn.nianbao.backend.contract.NarrativeSection;
import cn.nianbao.backend.contract.OutcomeCounts;
import cn.nianbao.backend.contract.ProactiveCells;
import cn.nianbao.backend.contract.ProactiveRow;
import cn.nianbao.backend.contract.RequestRow;
import cn.nianbao.backend.contract.ReviewRow;

/**
 * The narrative sections 一, 五 and 六 of a demo report, written the way clerks write them: each body picks its own
 * sentences for each topic, year by year, so that one year's text is not last year's and one body's is not its
 * neighbour's — except where a copy is planted ({@link Plant#TEXT_COPIED_FROM_LAST_YEAR},
 * {@link Plant#TEXT_COPIED_FROM_OTHER}). The figures the text states (requests received and handled, carried
 * forward, documents issued, reviews and lawsuits) are those of the report's own tables.
 *
 * <p>Each body has its own starting choice per topic, and moves on by a fixed step every year, so that two
 * consecutive years never say a topic in the same words; the extra sentences are drawn at random. The choices come
 * from their own random sequences, so the numbers of the tables do not depend on the words.
 */
final class DemoNarrative {

    private static final String[][] OPENINGS = {
        {"{year}年，{place}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》，持续推进政务公开标准化规范化建设。"},
        {"{year}年，{place}在上级政务公开主管部门的指导下，围绕中心工作，扎实推进政府信息公开各项任务落地见效。"},
        {"{year}年以来，{place}把政务公开作为转变作风、提升治理能力的重要抓手，健全制度、规范流程，公开工作取得新进展。"},
        {"{year}年度，{place}严格执行政府信息公开相关规定，以公开促落实、促规范、促服务，群众获得感进一步增强。"},
        {"过去一年，{place}聚焦群众关切，统筹推进决策、执行、管理、服务、结果公开，全年政务公开工作平稳有序。"},
        {"{year}年，{place}对照年度政务公开工作要点逐项抓落实，政府信息公开的及时性、准确性和针对性持续提升。"},
        {"一年来，{place}坚持把公开透明作为政府工作的基本制度，主要负责同志亲自过问，分管同志具体抓，工作机制更加健全。"},
        {"{year}年，{place}以提升群众满意度为目标，把政务公开融入日常工作的各个环节，推动公开内容更全面、渠道更畅通。"},
        {"本年度，{place}紧扣经济社会发展大局和群众办事需求，做实做细政府信息公开，较好完成了年度各项任务。"}};

    private static final String[][] TOPICS = {
        { // 主动公开
            "（一）主动公开方面，依托门户网站及时发布机构职能、政策文件、财政预决算等信息，重点领域信息做到应公开尽公开。",
            "（一）主动公开中注重时效，涉及群众切身利益的通知公告做到当日审核、当日发布。",
            "（一）主动公开方面，对照基层政务公开标准目录逐项核对，补齐缺项，规范公开要素。",
            "（一）主动公开工作突出重点，及时发布惠民惠农资金发放、项目建设等群众关注度高的信息。",
            "（一）主动公开情况。围绕乡村振兴、民生保障、安全生产等群众关心的事项，分类整理并发布政策和办事信息。",
            "（一）在主动公开工作中，坚持“以公开为常态、不公开为例外”，梳理更新主动公开目录，按季度检查栏目更新情况。",
            "（一）主动公开工作中，同步做好政策解读，采用图解、问答等形式解读重要文件，便于群众理解。",
            "（一）主动公开方面，推进政务公开专区建设，在便民服务大厅设置查阅点，方便群众现场查阅政府信息。"},
        { // 依申请公开
            "（二）依申请公开方面，规范受理、登记、审核、答复流程，答复文书统一格式、说明理由。",
            "（二）依申请公开方面，对涉及多个部门的申请主动协调，统一答复口径，避免推诿。",
            "（二）依申请公开工作中，注重保护申请人和第三方的合法权益，征求意见程序做到规范完整。",
            "（二）依申请公开的办理情况纳入内部督办，临近期限的申请提前提醒，防止超期。",
            "（二）依申请公开情况。明确专人负责申请的接收和办理，复杂申请实行会商，确保答复合法、规范、及时。",
            "（二）在办理依申请公开时，加强与申请人沟通，准确把握申请内容，减少因理解偏差产生的争议。",
            "（二）依申请公开工作严格按照法定时限办理，建立办理台账，对每件申请跟踪到办结。",
            "（二）依申请公开方面，完善补正告知、延期答复等环节的文书模板，提升办理的规范化水平。"},
        { // 政府信息管理
            "（三）政府信息管理方面，落实信息发布前保密审查和“三审三校”制度，未经审核的信息一律不予发布。",
            "（三）政府信息管理方面，规范文件公开属性的标注，对不予公开的说明理由并存档备查。",
            "（三）在政府信息管理中，推行信息发布登记制度，发布人、审核人、发布时间全程可查。",
            "（三）政府信息管理情况。对历年公开的信息进行梳理归类，方便群众按主题查找。",
            "（三）政府信息管理情况。对已公开的政策文件开展清理，及时标注失效、废止信息，避免群众误用。",
            "（三）加强政府信息源头管理，在文件起草时即明确公开属性，减少事后认定的随意性。",
            "（三）政府信息管理方面，建立信息公开工作台账，定期梳理发布情况并在内部通报。",
            "（三）在信息管理上，健全信息收集、审核、发布、归档各环节责任，做到责任到岗、到人。"},
        { // 平台建设
            "（四）平台建设方面，完善政府网站信息公开专栏设置，优化检索功能，提升栏目的易用性。",
            "（四）平台建设方面，在村（社区）公开栏同步张贴重要信息，照顾不便上网的群众。",
            "（四）政府信息公开平台建设情况。完善无障碍浏览功能，方便老年人和残疾人获取信息。",
            "（四）平台建设方面，利用微信公众号推送政策信息，扩大公开信息的覆盖面。",
            "（四）政府信息公开平台建设情况。加强政务新媒体管理，关停更新不及时、互动不回应的账号。",
            "（四）在平台建设上，推动网站与政务服务平台数据对接，办事指南与公开信息保持一致。",
            "（四）平台建设方面，开展网站常态化监测，及时整改错链、空白栏目等问题。",
            "（四）持续推进公开平台集约化建设，统一发布口径，避免多头发布、内容不一致。"},
        { // 监督保障
            "（五）监督保障方面，将政务公开纳入年度工作考核，定期通报工作进展。",
            "（五）监督保障方面，邀请群众代表参与政务公开评议，根据评议意见改进工作。",
            "（五）政府信息公开监督保障情况。制定年度工作要点，明确任务分工和完成时限。",
            "（五）在监督保障上，对上级检查通报的问题逐条整改，整改结果及时反馈。",
            "（五）政府信息公开监督保障情况。组织开展业务培训，提升工作人员的政策水平和业务能力。",
            "（五）在监督保障上，主动接受社会评议，畅通意见建议渠道，对反映的问题及时整改。",
            "（五）监督保障方面，明确分管领导和具体经办人员，形成上下联动的工作格局。",
            "（五）加强对公开工作的日常督促检查，发现问题及时提醒，确保各项任务按期完成。"}};

    private static final String[] PROBLEMS = {
        "公开内容的规范性仍需加强，个别栏目更新不够及时",
        "依申请公开答复的说理性有待提高",
        "政策解读形式比较单一，通俗性不够",
        "工作人员流动较快，业务能力参差不齐",
        "基层政务公开专区的使用率不高",
        "信息发布前的审核把关还不够细致",
        "群众关切的回应还不够主动",
        "公开目录的梳理更新滞后于工作实际",
        "部分信息公开的要素不够完整",
        "政务新媒体的运维力量不足",
        "依申请公开办理的内部协作有待加强",
        "公开工作的考核激励作用发挥不够"};

    private static final String[] MEASURES = {
        "加强业务培训，提升工作人员能力",
        "完善信息发布审核机制，严把发布质量",
        "丰富政策解读形式，推出更多图解和短视频",
        "健全依申请公开办理台账，规范答复文书",
        "定期开展栏目检查，确保信息及时更新",
        "完善公开目录，做到动态调整",
        "加强与群众的互动交流，及时回应社会关切",
        "推进政务公开专区标准化建设",
        "建立常态化的自查机制",
        "强化政务新媒体的日常管理",
        "加大对重点领域信息的公开力度",
        "把政务公开纳入干部教育培训内容"};

    private DemoNarrative() {
    }

    /** Whose choice of words a report uses: a body's and a year's (its own, unless a copy is planted). */
    record Words(long seed, String agencyCode, int year) {

        /** The body's own starting choices, the same every year. */
        SplittableRandom body() {
            return new SplittableRandom(seed * 1_000_003L + agencyCode.hashCode());
        }

        /** This year's draws. */
        SplittableRandom thisYear() {
            return new SplittableRandom(seed * 1_000_003L + agencyCode.hashCode() * 31L + year);
        }

        /** The choice among {@code count} for a part whose body offset is {@code offset}: a step a year. */
        int rotate(int offset, int count) {
            int step = count % 3 == 0 ? 1 : 3; // never a multiple of count: next year's choice is another
            return Math.floorMod(offset + year * step, count);
        }
    }

    static List<NarrativeSection> sections(String place, int year, Words choice,
                                           Map<RequestRow, ApplicantCounts> requests,
                                           Map<ProactiveRow, ProactiveCells> proactive,
                                           Map<ReviewRow, OutcomeCounts> reviews) {
        SplittableRandom body = choice.body();
        SplittableRandom words = choice.thisYear();
        StringBuilder overview = new StringBuilder(OPENINGS[choice.rotate(body.nextInt(64), OPENINGS.length)][0]
                .replace("{year}", Integer.toString(year)).replace("{place}", place));
        overview.append(requestsSentence(requests, choice.rotate(body.nextInt(64), 4)));
        if (proactive != null) {
            int issued = proactive.get(ProactiveRow.NORMATIVE_DOCUMENTS).issued();
            overview.append(choice.rotate(body.nextInt(64), 2) == 0 ? "本年制发行政规范性文件" + issued + "件。"
                    : "全年共制发行政规范性文件" + issued + "件，均按规定公开。");
        }
        overview.append(reviewsSentence(reviews, choice.rotate(body.nextInt(64), 3)));
        for (String[] topic : TOPICS) {
            overview.append('\n').append(topic[choice.rotate(body.nextInt(64), topic.length)]);
            if (words.nextInt(3) == 0) {
                overview.append(topic[words.nextInt(topic.length)].substring(3));
            }
        }
        List<String> problems = choose(PROBLEMS, 2, words);
        List<String> measures = choose(MEASURES, 3, words);
        String improvements = switch (choice.rotate(body.nextInt(64), 3)) {
            case 0 -> "一是" + problems.get(0) + "；二是" + problems.get(1) + "。" + (year + 1) + "年将"
                    + measures.get(0) + "，" + measures.get(1) + "，并" + measures.get(2) + "，不断提升政务公开质量。";
            case 1 -> "工作中还存在一些不足：" + problems.get(0) + "，" + problems.get(1) + "。下一步，我们将"
                    + measures.get(0) + "；" + measures.get(1) + "；" + measures.get(2) + "。";
            default -> "对照上级要求，" + problems.get(0) + "、" + problems.get(1) + "等问题仍然存在。针对这些问题，"
                    + (year + 1) + "年重点做好三方面工作：" + measures.get(0) + "，" + measures.get(1) + "，"
                    + measures.get(2) + "。";
        };
        String other = switch (choice.rotate(body.nextInt(64), 4)) {
            case 0 -> "本年度未收取政府信息公开信息处理费。无其他需要报告的事项。";
            case 1 -> "本年度" + place + "未向申请人收取信息处理费，无其他需要报告的事项。";
            case 2 -> "依照《政府信息公开信息处理费管理办法》，本年度未发生收费情形。";
            default -> "全年未收取信息处理费。本机关无其他需要说明的事项。";
        };
        return List.of(new NarrativeSection(1, "一、总体情况", overview.toString()),
                new NarrativeSection(5, "五、存在的主要问题及改进情况", improvements),
                new NarrativeSection(6, "六、其他需要报告的事项", other));
    }

    private static String requestsSentence(Map<RequestRow, ApplicantCounts> requests, int variant) {
        Integer received = requests.get(RequestRow.NEW_RECEIVED).total();
        Integer handled = requests.get(RequestRow.TOTAL_PROCESSED).total();
        Integer forward = requests.get(RequestRow.CARRIED_FORWARD).total();
        String forwarded = forward != null && forward > 0 ? "，结转下年度办理" + forward + "件" : "";
        return switch (variant) {
            case 0 -> "全年共收到政府信息公开申请" + received + "件，均在法定期限内答复" + forwarded + "。";
            case 1 -> "本年度新收政府信息公开申请" + received + "件，办结" + handled + "件" + forwarded + "。";
            case 2 -> "依申请公开方面，本年度共接收公开申请" + received + "件" + forwarded + "。";
            default -> "全年受理政府信息公开申请" + received + "件，已全部按时答复" + forwarded + "。";
        };
    }

    private static String reviewsSentence(Map<ReviewRow, OutcomeCounts> reviews, int variant) {
        int review = total(reviews.get(ReviewRow.ADMINISTRATIVE_REVIEW));
        int lawsuits = total(reviews.get(ReviewRow.LITIGATION_DIRECT))
                + total(reviews.get(ReviewRow.LITIGATION_AFTER_REVIEW));
        if (review + lawsuits == 0) {
            return switch (variant) {
                case 0 -> "全年未发生因政府信息公开引起的行政复议、行政诉讼。";
                case 1 -> "本年度没有因政府信息公开被申请行政复议或被提起行政诉讼的情况。";
                default -> "全年无政府信息公开方面的行政复议和行政诉讼案件。";
            };
        }
        return "全年因政府信息公开被申请行政复议" + review + "件，被提起行政诉讼" + lawsuits + "件。";
    }

    private static int total(OutcomeCounts counts) {
        return counts == null || counts.total() == null ? 0 : counts.total();
    }

    private static List<String> choose(String[] choices, int count, SplittableRandom words) {
        List<String> left = new ArrayList<>(List.of(choices));
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            chosen.add(left.remove(words.nextInt(left.size())));
        }
        return chosen;
    }
}
