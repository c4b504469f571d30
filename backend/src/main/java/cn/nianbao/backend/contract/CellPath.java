package cn.nianbao.backend.contract;

import java.util.Optional;

/**
 * One cell of the three standard tables, named by its contract path ({@code requests.new_received.total},
 * {@code reviews.administrative_review.upheld}, {@code proactive.regulations.in_force}). Findings, identities and
 * metrics name cells this way.
 */
public sealed interface CellPath permits CellPath.Request, CellPath.Review, CellPath.Proactive {

    /** The contract path, e.g. {@code requests.granted.natural_person}. */
    String path();

    /** The table and the row and column labels as printed, e.g. {@code 表三 （一）予以公开 自然人}. */
    String label();

    /** The cell's value in the report, or null when the table, the row or the value is missing or blank. */
    Number valueIn(AnnualReport report);

    static Request request(RequestRow row, ApplicantColumn column) {
        return new Request(row, column);
    }

    static Review review(ReviewRow row, ReviewOutcome outcome) {
        return new Review(row, outcome);
    }

    static Proactive proactive(ProactiveRow row, ProactiveField field) {
        return new Proactive(row, field);
    }

    /** The cell a contract path names, if it names one. */
    static Optional<CellPath> parse(String path) {
        if (path == null) {
            return Optional.empty();
        }
        String[] parts = path.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        return switch (parts[0]) {
            case "requests" -> RequestRow.fromCode(parts[1]).flatMap(row -> ApplicantColumn.fromCode(parts[2])
                    .map(column -> new Request(row, column)));
            case "reviews" -> ReviewRow.fromCode(parts[1]).flatMap(row -> ReviewOutcome.fromCode(parts[2])
                    .map(outcome -> new Review(row, outcome)));
            case "proactive" -> ProactiveRow.fromCode(parts[1]).flatMap(row -> ProactiveField.fromCode(parts[2])
                    .filter(field -> field.belongsTo(row)).map(field -> new Proactive(row, field)));
            default -> Optional.empty();
        };
    }

    /** A cell of 表三. */
    record Request(RequestRow row, ApplicantColumn column) implements CellPath {
        @Override
        public String path() {
            return "requests." + row.code() + "." + column.code();
        }

        @Override
        public String label() {
            return "表三 " + row.label() + " " + column.label();
        }

        @Override
        public Integer valueIn(AnnualReport report) {
            return report.request(row, column);
        }

        @Override
        public String toString() {
            return path();
        }
    }

    /** A cell of 表四. */
    record Review(ReviewRow row, ReviewOutcome outcome) implements CellPath {
        @Override
        public String path() {
            return "reviews." + row.code() + "." + outcome.code();
        }

        @Override
        public String label() {
            return "表四 " + row.label() + " " + outcome.label();
        }

        @Override
        public Integer valueIn(AnnualReport report) {
            return report.review(row, outcome);
        }

        @Override
        public String toString() {
            return path();
        }
    }

    /** A cell of 表二. */
    record Proactive(ProactiveRow row, ProactiveField field) implements CellPath {
        public Proactive {
            if (!field.belongsTo(row)) {
                throw new IllegalArgumentException("表二 " + row.label() + " 没有“" + field.label() + "”一栏");
            }
        }

        @Override
        public String path() {
            return "proactive." + row.code() + "." + field.code();
        }

        @Override
        public String label() {
            return "表二 " + row.label() + " " + field.label();
        }

        @Override
        public Number valueIn(AnnualReport report) {
            if (report.proactive() == null || report.proactive().get(row) == null) {
                return null;
            }
            ProactiveCells cells = report.proactive().get(row);
            return switch (field) {
                case ISSUED -> cells.issued();
                case REPEALED -> cells.repealed();
                case IN_FORCE -> cells.inForce();
                case DECISIONS -> cells.decisions();
                case AMOUNT_WAN_YUAN -> cells.amountWanYuan();
            };
        }

        @Override
        public String toString() {
            return path();
        }
    }
}
