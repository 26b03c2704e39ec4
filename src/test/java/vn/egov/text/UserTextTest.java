package vn.egov.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** What is done to text users typed: control characters, NFC, spreadsheet cells, the terminal. */
class UserTextTest {
  @Test
  void theTerminalSeesEveryControlCharacterButNewlineAndTabAsSomethingToRead() {
    assertThat(UserText.visible("Sở\u001b[2J A\u0007\r\u007f\u009b1m\nx\ty"))
        .isEqualTo("Sở\u241b[2J A\u2407\u240d\u2421<U+009B>1m\nx\ty");
    String plain = "Sở Thông tin và Truyền thông: 95,1";
    assertThat(UserText.visible(plain)).isSameAs(plain);
  }

  @Test
  void aNameIsOneLineWithoutControlCharacters() {
    assertThat(UserText.oneLine("Máy\u000btính\u0007 \u001b[31m\n\tmới\r\n")).isEqualTo("Máy tính [31m mới");
    assertThat(UserText.oneLine("STTTT")).isSameAs("STTTT");
  }

  @Test
  void aTextOfSeveralLinesKeepsItsLineBreaksAndTabsAndTakesShiftEnterForOne() {
    assertThat(UserText.multiLine("dòng 1\u000bdòng 2\r\n\tdòng 3\u0000\u0085")).isEqualTo("dòng 1\ndòng 2\r\n\tdòng 3");
    assertThat(UserText.firstGarbage("dòng 1\u000bdòng 2\r\n\t")).isEqualTo(-1);
    assertThat(UserText.garbageCodes("a\u001bb\u0007c\u001b")).isEqualTo("U+0007, U+001B");
  }

  @Test
  void idsAndNamesAreComparedInNfc() {
    String nfd = Normalizer.normalize("ĐĂKLĂK", Normalizer.Form.NFD);
    assertThat(nfd).hasSize(8);
    assertThat(UserText.nfc(nfd)).isEqualTo("ĐĂKLĂK").hasSize(6);
    String nfc = "ĐĂKLĂK";
    assertThat(UserText.nfc(nfc)).as("already NFC: the same string").isSameAs(nfc);
  }

  @Test
  void aSpreadsheetCellNeverStartsAFormula() {
    assertThat(UserText.cell("=1+1 Tốt")).isEqualTo("'=1+1 Tốt");
    assertThat(UserText.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(UserText.cell("-2")).isEqualTo("'-2");
    assertThat(UserText.cell("Tốt")).isEqualTo("Tốt");
    assertThat(UserText.cell(null)).isEmpty();
  }
}
