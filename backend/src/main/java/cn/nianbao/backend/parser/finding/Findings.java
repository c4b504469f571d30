package cn.nianbao.backend.parser.finding;

import java.util.ArrayList;
import java.util.List;

import cn.nianbao.backend.contract.Finding;
import cn.nianbao.backend.contract.Severity;

/** Collects the findings of one parse in the order they are made. */
public final class Findings {

    private final List<Finding> list = new ArrayList<>();

    public void add(FindingCode code, Severity severity, String message, List<String> cells) {
        list.add(new Finding(code.name(), severity, message, cells));
    }

    public List<Finding> list() {
        return List.copyOf(list);
    }
}
