package cn.nianbao.backend.contract;

/** The contact block printed in the report's introduction; any field may be absent (null). */
public record Contact(String organization, String address, String postalCode, String phone, String fax,
                      String email, String website) {

    public boolean isEmpty() {
        return organization == null && address == null && postalCode == null && phone == null && fax == null
                && email == null && website == null;
    }
}
