package cn.nianbao.frontend.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * What a screen reader may read on a page besides its visible text: accessible names and descriptions
 * ({@code aria-label}, {@code aria-valuetext}, {@code title} …) anywhere, shadow roots included, the content of live
 * regions, and the connection indicator's announcements. In the Chinese interface none may be English.
 */
final class ScreenReaderTexts {

    /** Latin words that are names, not English: file types and the demo users' names. */
    private static final List<String> NAMES = List.of("PNG", "SVG", "PDF", "DOCX", "XLSX", "PPTX", "CSV", "PowerPoint", "HTML", "TXT", "supervisor",
            "admin", "clerk", "viewer");

    private static final String COLLECT = """
            const found = [];
            const attributes = ['aria-label', 'aria-valuetext', 'aria-description', 'aria-roledescription', 'title',
              'placeholder', 'alt'];
            const walk = root => {
              for (const el of root.querySelectorAll('*')) {
                for (const name of attributes) {
                  const value = el.getAttribute(name);
                  if (value) { found.push(el.localName + '[' + name + ']: ' + value); }
                }
                if (el.getAttribute('aria-live') && el.textContent.trim()) {
                  found.push(el.localName + '[aria-live]: ' + el.textContent.trim());
                }
                // a progress bar reads its bare number unless it says in words how far it is
                if (el.getAttribute('role') === 'progressbar' && !el.getAttribute('aria-valuetext')) {
                  found.push(el.localName + '[progressbar]: ' + (el.getAttribute('aria-valuenow') || ''));
                }
                if (el.shadowRoot) { walk(el.shadowRoot); }
              }
            };
            walk(document);
            const indicator = window.Vaadin && window.Vaadin.connectionIndicator;
            if (indicator) {
              found.push('connection: ' + indicator.onlineText);
              found.push('connection: ' + indicator.offlineText);
              found.push('connection: ' + indicator.reconnectingText);
            }
            return found;
            """;

    private ScreenReaderTexts() {
    }

    /**
     * Every text of the page a screen reader may read out that contains an English word (or a progress bar with only
     * its number).
     */
    @SuppressWarnings("unchecked")
    static List<String> english(WebDriver browser) {
        List<String> texts = (List<String>) ((JavascriptExecutor) browser).executeScript(COLLECT);
        List<String> english = new ArrayList<>();
        Pattern word = Pattern.compile("[A-Za-z]{3,}");
        for (String text : texts) {
            String said = text.substring(text.indexOf(": ") + 2);
            Matcher matcher = word.matcher(said);
            while (matcher.find()) {
                if (!NAMES.contains(matcher.group()) && !said.startsWith("http")) {
                    english.add(text);
                    break;
                }
            }
            if (text.contains("[progressbar]:")) {
                english.add(text);
            }
        }
        return english;
    }
}
