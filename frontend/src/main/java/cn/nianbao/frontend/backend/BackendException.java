package cn.nianbao.frontend.backend;

import java.util.List;

/**
 * The backend could not give an answer. Carries what the page needs to tell the user in plain words; never shown as a
 * stack trace.
 */
public class BackendException extends RuntimeException {

    /** What went wrong, so the page can pick its sentence. */
    public enum Reason {
        /** No connection could be made: the backend is not running or the URL is wrong. */
        UNREACHABLE,
        /** Connected, but no answer in time. */
        TIMEOUT,
        /** The backend answered with an error (a problem detail when it follows docs/API.md). */
        ERROR_ANSWER,
        /** The backend answered 2xx with something this frontend cannot read. */
        UNREADABLE,
        /** The answer was larger than this frontend reads ({@code nianbao.backend.max-answer-size}). */
        TOO_LARGE,
        /**
         * The user's session is over: the backend refused the token (401, revoked or expired) or nobody is signed in.
         * The user has to sign in again.
         */
        SESSION_ENDED
    }

    /** One field error of a validation problem ({@code errors: [{field, message}]}). */
    public record FieldError(String field, String message) {
    }

    private final Reason reason;
    private final String backendUrl;
    private final int status;
    private final String title;
    private final String detail;
    private final List<FieldError> fieldErrors;

    public BackendException(Reason reason, String backendUrl, int status, String title, String detail,
                            List<FieldError> fieldErrors, Throwable cause) {
        super(reason + " " + backendUrl + (status > 0 ? " HTTP " + status : "") + (detail != null ? ": " + detail : ""),
                cause);
        this.reason = reason;
        this.backendUrl = backendUrl;
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.fieldErrors = fieldErrors == null ? List.of() : List.copyOf(fieldErrors);
    }

    public Reason reason() {
        return reason;
    }

    public String backendUrl() {
        return backendUrl;
    }

    /** The HTTP status of an error answer, 0 when there was none. */
    public int status() {
        return status;
    }

    /** The problem's {@code title} (Chinese, from the backend), or null. */
    public String title() {
        return title;
    }

    /** The problem's {@code detail} (Chinese, from the backend), or null. */
    public String detail() {
        return detail;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** The message of the field error for {@code field} (snake_case, as the API names it), if there is one. */
    public java.util.Optional<String> fieldError(String field) {
        return fieldErrors.stream().filter(error -> field.equals(error.field())).map(FieldError::message)
                .filter(message -> message != null && !message.isBlank()).findFirst();
    }

    /** An error answer with this HTTP status. */
    public boolean isStatus(int httpStatus) {
        return reason == Reason.ERROR_ANSWER && status == httpStatus;
    }
}
