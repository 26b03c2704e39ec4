package vn.egov.model;

import java.util.List;

/**
 * Who publishes the results (SPEC §2 {@code issuer}), for the heading and the signature of an
 * administrative document (Nghị định 30/2020/NĐ-CP). Every part may be {@code null}: the document
 * then leaves a dotted line to fill in.
 *
 * @param parent tên cơ quan chủ quản, e.g. "UBND TỈNH PHÚ THỌ"
 * @param name tên cơ quan ban hành, e.g. "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
 * @param code ký hiệu of the agency, as in "Số: …/BC-SKHCN"
 * @param place địa danh, as in "Phú Thọ, ngày … tháng … năm …"
 * @param signer who signs, or {@code null}
 * @param recipients "Nơi nhận", in order
 */
public record Issuer(
    String parent, String name, String code, String place, Signer signer, List<String> recipients) {
  public Issuer {
    recipients = recipients == null ? List.of() : List.copyOf(recipients);
  }

  /**
   * The signer: {@code title} (chức vụ), {@code name} (họ tên, {@code null} to sign by hand) and,
   * when a deputy signs for the head, {@code onBehalf} — the head's title ("GIÁM ĐỐC", shown as
   * "KT. GIÁM ĐỐC" above the deputy's title).
   */
  public record Signer(String title, String name, String onBehalf) {}
}
