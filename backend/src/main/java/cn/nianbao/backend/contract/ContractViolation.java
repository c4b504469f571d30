package cn.nianbao.backend.contract;

/** A JSON document that does not follow the contract; {@link #path()} names the offending field. */
public class ContractViolation extends RuntimeException {

    private final String path;

    public ContractViolation(String path, String message) {
        super(path + ": " + message);
        this.path = path;
    }

    public String path() {
        return path;
    }
}
