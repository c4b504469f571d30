package cn.nianbao.backend.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.ContractJson;

/** SHA-256 of a report's canonical contract JSON: equal content, equal hash, so storing it again is a no-op. */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(AnnualReport report) {
        return sha256(ContractJson.write(report).toString().getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
