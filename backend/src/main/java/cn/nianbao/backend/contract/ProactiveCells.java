package cn.nianbao.backend.contract;

import java.math.BigDecimal;

/**
 * One row of 表二. Only the cells of the row's {@link ProactiveRow.Kind} are used: issued/repealed/in force for
 * documents, decisions for licensing, punishment and enforcement, the amount in 万元 for fees.
 */
public record ProactiveCells(Integer issued, Integer repealed, Integer inForce, Integer decisions,
                             BigDecimal amountWanYuan) {

    /** Amounts are kept in their shortest plain form (7730.28, 7545, 0), so equal amounts compare and hash equal. */
    public ProactiveCells {
        if (amountWanYuan != null) {
            amountWanYuan = amountWanYuan.stripTrailingZeros();
            if (amountWanYuan.scale() < 0) {
                amountWanYuan = amountWanYuan.setScale(0);
            }
        }
    }

    public static ProactiveCells documents(Integer issued, Integer repealed, Integer inForce) {
        return new ProactiveCells(issued, repealed, inForce, null, null);
    }

    public static ProactiveCells decisions(Integer decisions) {
        return new ProactiveCells(null, null, null, decisions, null);
    }

    public static ProactiveCells fees(BigDecimal amountWanYuan) {
        return new ProactiveCells(null, null, null, null, amountWanYuan);
    }
}
