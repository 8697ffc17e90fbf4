package kr.cheongnabi.survey.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kr.cheongnabi.survey.entity.RespondentGroup;
import org.junit.jupiter.api.Test;

class ContactFileTest {

  @Test
  void readsAnyColumnsAndTheGroupInKoreanOrEnglish() {
    var read =
        ContactFile.read(
            "성명,이메일,분야\n김시민,kim@example.kr,공사\n이업체,lee@example.kr,subsidy\n,,\n박민원,park@example.kr,\n"
                .getBytes(StandardCharsets.UTF_8),
            RespondentGroup.COMPLAINT);
    assertEquals(List.of(), read.problems());
    assertEquals(List.of("성명", "이메일", "분야"), read.header());
    assertEquals(
        List.of(RespondentGroup.CONSTRUCTION, RespondentGroup.SUBSIDY, RespondentGroup.COMPLAINT),
        read.contacts().stream().map(ContactFile.Contact::group).toList(),
        "an empty group takes the one chosen; an empty row is skipped");
    assertEquals(List.of("김시민", "kim@example.kr", "공사"), read.contacts().get(0).cells());
  }

  @Test
  void cp949FilesWithoutAGroupColumnTakeTheChosenGroup() {
    var read =
        ContactFile.read(
            "성명,전화\n김시민,010-0000-0000\n".getBytes(Charset.forName("x-windows-949")),
            RespondentGroup.PROCUREMENT);
    assertEquals(List.of(), read.problems());
    assertEquals(RespondentGroup.PROCUREMENT, read.contacts().get(0).group());
    assertEquals("김시민", read.contacts().get(0).cells().get(0));
  }

  @Test
  void everyBadGroupIsNamedByLineAndColumnAndNothingIsRead() {
    var read =
        ContactFile.read(
            "name,group\nA,CONSTRUCTION\nB,도로\nC,PARKING\n".getBytes(StandardCharsets.UTF_8), null);
    assertTrue(read.contacts().isEmpty());
    assertEquals(
        List.of(
            new ContactFile.Problem(3, "group", "survey.contacts.badGroup", List.of("도로")),
            new ContactFile.Problem(4, "group", "survey.contacts.badGroup", List.of("PARKING"))),
        read.problems());
    assertEquals(
        "survey.contacts.noGroup",
        ContactFile.read("name\nA\n".getBytes(StandardCharsets.UTF_8), null)
            .problems()
            .get(0)
            .key());
  }
}
