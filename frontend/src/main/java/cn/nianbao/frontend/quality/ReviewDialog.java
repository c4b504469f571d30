package cn.nianbao.frontend.quality;

import java.util.function.Function;

import cn.nianbao.frontend.backend.BackendException;
import cn.nianbao.frontend.backend.quality.Finding;
import cn.nianbao.frontend.ui.FieldErrors;
import cn.nianbao.frontend.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Confirming or dismissing one finding: the finding in words and a comment, required to dismiss (the backend checks it
 * too and its Chinese refusal is shown at the field).
 */
class ReviewDialog extends Dialog {

    /** Longest comment the backend keeps. */
    static final int MAX_COMMENT = 1000;

    private final TextArea comment = new TextArea();

    /**
     * @param submit sends the decision with the comment; null when done, else the backend's refusal
     */
    ReviewDialog(Finding finding, String decision, String ruleName, Function<String, BackendException> submit) {
        addClassName("review-dialog");
        setHeaderTitle(getTranslation("quality.review.title." + decision));
        Paragraph what = new Paragraph(finding.agencyName() + " " + finding.year() + "：" + ruleName + " — "
                + finding.message());
        what.addClassName("review-finding");
        boolean required = Finding.DISMISSED.equals(decision);
        comment.setLabel(getTranslation(required ? "quality.review.comment.required" : "quality.review.comment"));
        comment.addClassName("review-comment");
        comment.setMaxLength(MAX_COMMENT);
        comment.setRequired(required);
        comment.setWidthFull();
        comment.setValue(finding.comment() == null ? "" : finding.comment());
        add(what, comment);
        Button save = new Button(getTranslation("quality.review.save"), event -> {
            String text = comment.getValue().strip();
            if (required && text.isEmpty()) {
                FieldErrors.mark(comment, getTranslation("quality.review.comment.missing"));
                return;
            }
            BackendException refused = submit.apply(text);
            if (refused == null) {
                close();
            } else if (refused.detail() != null) {
                FieldErrors.mark(comment, refused.detail());
            } else {
                Notices.failed(refused);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("review-save");
        Button cancel = new Button(getTranslation("quality.review.cancel"), event -> close());
        cancel.addClassName("review-cancel");
        getFooter().add(cancel, save);
        setWidth("34rem");
    }
}
