package cn.nianbao.backend.platform.security;

import java.net.InetAddress;

/**
 * An address or a CIDR block ({@code 127.0.0.0/8}, {@code ::1}, {@code 172.16.0.0/12}), parsed without any name
 * lookup. (Spring Security's IpAddressMatcher does the same but needs the servlet API, which this backend has not.)
 */
record AddressRange(byte[] network, int prefixLength) {

    static AddressRange parse(String range) {
        String text = range.strip();
        int slash = text.indexOf('/');
        InetAddress address;
        try {
            address = InetAddress.ofLiteral(slash < 0 ? text : text.substring(0, slash));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("受信任的代理地址无效：" + range + "（应为 IP 地址或 CIDR，如 10.0.0.0/8）");
        }
        byte[] bytes = address.getAddress();
        int prefix;
        try {
            prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(text.substring(slash + 1));
        } catch (NumberFormatException e) {
            prefix = -1;
        }
        if (prefix < 0 || prefix > bytes.length * 8) {
            throw new IllegalArgumentException("受信任的代理地址无效：" + range + "（前缀长度超出范围）");
        }
        return new AddressRange(bytes, prefix);
    }

    boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        if (candidate.length != network.length) {
            return false;
        }
        int whole = prefixLength / 8;
        for (int i = 0; i < whole; i++) {
            if (candidate[i] != network[i]) {
                return false;
            }
        }
        int rest = prefixLength % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xFF << (8 - rest) & 0xFF;
        return (candidate[whole] & mask) == (network[whole] & mask);
    }
}
