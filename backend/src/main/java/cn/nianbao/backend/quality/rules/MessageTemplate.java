package cn.nianbao.backend.quality.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A finding's message in Chinese with the figures filled in: {@code "{subject}：办理结果合计 {left}，（七）总计 {right}，相差
 * {difference}"} with {@code subject = 表三 自然人, left = 24, right = 23, difference = 1} reads
 * {@code 表三 自然人：办理结果合计 24，（七）总计 23，相差 1}.
 */
public record MessageTemplate(String text) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    /** The names of the figures the template needs, in order of appearance. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** The message with every placeholder replaced by its figure; a figure the template needs must be given. */
    public String render(Map<String, ?> figures) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder message = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            if (!figures.containsKey(name)) {
                throw new IllegalArgumentException("message template " + text + " needs the figure " + name);
            }
            matcher.appendReplacement(message, Matcher.quoteReplacement(Figures.show(figures.get(name))));
        }
        matcher.appendTail(message);
        return message.toString();
    }
}
