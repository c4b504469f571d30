package cn.nianbao.backend.platform.web;

import java.util.List;

/** A request body that breaks the contract in one or more fields; answered with 400 listing them all. */
public class InvalidDocumentException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidDocumentException(String message, List<FieldProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
