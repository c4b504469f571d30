package cn.nianbao.backend.platform.database;

import io.r2dbc.spi.R2dbcException;

/**
 * What PostgreSQL refused in the data of a statement, said in Chinese for the person who sent the data: a value
 * (SQLSTATE class 22) or a constraint (class 23). Retrying such a statement would not help.
 */
public final class DataRefusal {

    private DataRefusal() {
    }

    /** The refusal in Chinese, or null when the error (or its causes) is no refusal of the data. */
    public static String of(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof R2dbcException database && database.getSqlState() != null) {
                String state = database.getSqlState();
                return switch (state) {
                    case "22003" -> "有数值超出可保存的范围";
                    case "22001" -> "有文字超过可保存的长度";
                    case "22021", "22P05" -> "含有无法保存的字符";
                    default -> state.startsWith("23") ? "不符合数据库的约束"
                            : state.startsWith("22") ? "有无法保存的数据" : null;
                };
            }
        }
        return null;
    }
}
