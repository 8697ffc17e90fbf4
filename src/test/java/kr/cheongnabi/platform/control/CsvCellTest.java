package kr.cheongnabi.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvCellTest {

  @Test
  void prefixesAnApostropheToTextThatASpreadsheetWouldRunAsAFormula() {
    assertEquals("'=HYPERLINK(\"http://x\",\"y\")", CsvCell.safe("=HYPERLINK(\"http://x\",\"y\")"));
    assertEquals("'+cmd|' /C calc'!A0", CsvCell.safe("+cmd|' /C calc'!A0"));
    assertEquals("'@SUM(1+1)", CsvCell.safe("@SUM(1+1)"));
    assertEquals("'-2+3", CsvCell.safe("-2+3"));
    assertEquals("'\t=1", CsvCell.safe("\t=1"));
    assertEquals("'\r=1", CsvCell.safe("\r=1"));
  }

  @Test
  void leavesOrdinaryTextAndPlainNumbersAsTheyAre() {
    assertEquals("홍길동", CsvCell.safe("홍길동"));
    assertEquals("a=b", CsvCell.safe("a=b"));
    assertEquals("-30", CsvCell.safe("-30"));
    assertEquals("+12.5", CsvCell.safe("+12.5"));
    assertEquals("", CsvCell.safe(""));
  }

  @Test
  void makesEveryTextValueOfARowSafeAndKeepsNumbersAndBlanks() {
    assertEquals(
        Arrays.asList("'=1+1", 42, null, "name"),
        CsvCell.row(Arrays.asList("=1+1", 42, null, "name")));
  }

  @Test
  void readsBackWhatItMadeSafeAndNothingElse() {
    for (var value : List.of("=HYPERLINK(1)", "+82-10-1234-5678", "-A1", "@x", "plain", "-30")) {
      assertEquals(value, CsvCell.plain(CsvCell.safe(value)), value);
    }
    assertEquals("'quoted", CsvCell.plain("'quoted"), "an apostrophe it did not add stays");
    assertEquals("'", CsvCell.plain("'"));
  }
}
