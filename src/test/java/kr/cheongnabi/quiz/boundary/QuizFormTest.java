package kr.cheongnabi.quiz.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import kr.cheongnabi.quiz.boundary.QuizForm.Problem;
import kr.cheongnabi.quiz.control.GiftReader;
import kr.cheongnabi.quiz.control.QuizFile;
import kr.cheongnabi.quiz.control.TextFormat;
import org.junit.jupiter.api.Test;

class QuizFormTest {

  private static QuizFile graftAct() throws Exception {
    var path = Path.of("quizzes/graft-act.gift");
    return new GiftReader().read("graft-act.gift", Files.readString(path)).quiz();
  }

  private static QuizForm filledBlank() {
    var form = QuizForm.blank();
    form.setId("new-quiz");
    form.setTitleKo("새 퀴즈");
    form.setTitleEn("New quiz");
    var first = form.getStatements().get(0);
    first.setTextKo("공직자는 청렴해야 한다.");
    first.setTextEn("Public officials must be honest.");
    first.setCorrect(true);
    return form;
  }

  @Test
  void aStoredQuizComesBackUnchangedThroughTheForm() throws Exception {
    var quiz = graftAct();
    assertEquals(quiz, QuizForm.of(quiz, 3).toQuizFile());
  }

  @Test
  void aFilledFormHasNoProblemsAndMakesAQuiz() {
    var form = filledBlank();
    assertEquals(List.of(), form.problems());
    var quiz = form.toQuizFile();
    assertEquals("new-quiz", quiz.settings().id());
    assertEquals(1, quiz.statements().size());
    assertTrue(quiz.statements().get(0).correct());
  }

  @Test
  void aKoreanOnlyQuizHasNoProblemsAndComesBackUnchangedThroughTheForm() {
    var form = filledBlank();
    form.setTitleEn(" ");
    var first = form.getStatements().get(0);
    first.setTextEn("");
    first.setWrongKo("청렴은 공직자의 기본입니다.");

    assertEquals(List.of(), form.problems());
    var quiz = form.toQuizFile();
    assertNull(quiz.settings().titleEn());
    assertNull(quiz.statements().get(0).textEn());
    assertNull(quiz.statements().get(0).wrongEn());
    assertEquals(quiz, QuizForm.of(quiz, 1).toQuizFile());
  }

  @Test
  void problemsNameTheStatementAndTheField() {
    var form = filledBlank();
    form.addStatement();
    var second = form.getStatements().get(1);
    second.setTextKo("두 번째 문항");
    second.setExplanationEn("Only in English");
    var problems = form.problems();
    assertEquals(
        List.of(
            Problem.on(2, "edit.correct", "edit.problem.missing"),
            Problem.on(2, "edit.explanation", "edit.problem.noKorean")),
        problems);
  }

  @Test
  void settingsThatContradictEachOtherAreProblemsOfTheSettings() {
    var form = filledBlank();
    form.setDraw(2);
    form.setAvailableFrom(LocalDate.of(2026, 12, 31));
    form.setAvailableUntil(LocalDate.of(2026, 1, 1));
    var keys = form.problems().stream().map(Problem::key).toList();
    assertEquals(List.of("edit.problem.dates", "edit.problem.draw"), keys);
    assertTrue(form.problems().stream().allMatch(p -> p.statement() == 0));
  }

  @Test
  void newStatementsContinueTheQuizsNumbering() throws Exception {
    var form = QuizForm.of(graftAct(), 1);
    int before = form.getStatements().size();
    form.addStatement();
    assertEquals("graft-act-" + (before + 1), form.getStatements().get(before).getId());
  }

  @Test
  void movingAStatementSwapsItWithItsNeighbourAndStopsAtTheEnds() throws Exception {
    var form = QuizForm.of(graftAct(), 1);
    var first = form.getStatements().get(0).getId();
    var second = form.getStatements().get(1).getId();
    form.moveStatement(0, 1);
    assertEquals(List.of(second, first), ids(form).subList(0, 2));
    form.moveStatement(0, -1);
    assertEquals(List.of(second, first), ids(form).subList(0, 2));
    assertEquals(second, form.toQuizFile().statements().get(0).id());
  }

  @Test
  void theLastStatementCannotBeRemoved() {
    var form = filledBlank();
    form.removeStatement(0);
    assertEquals(1, form.getStatements().size());
  }

  @Test
  void pickingAFormatAppliesItToEveryTextOfTheStatement() {
    var form = filledBlank();
    var statement = form.getStatements().get(0);
    statement.setWrongKo("**틀렸습니다**");
    statement.setWrongEn("**Wrong**");
    statement.setFormat(TextFormat.MARKDOWN);
    var written = form.toQuizFile().statements().get(0);
    assertEquals(TextFormat.MARKDOWN, written.textKo().format());
    assertEquals(TextFormat.MARKDOWN, written.wrongEn().format());
  }

  @Test
  void theFormSurvivesSerialisationAsASessionReplicaWould() throws Exception {
    var form = QuizForm.of(graftAct(), 2);
    var bytes = new ByteArrayOutputStream();
    try (var out = new ObjectOutputStream(bytes)) {
      out.writeObject(form);
    }
    try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      var copy = (QuizForm) in.readObject();
      assertEquals(form.toQuizFile(), copy.toQuizFile());
      assertEquals(2, copy.getBasedOn());
    }
  }

  private static List<String> ids(QuizForm form) {
    return form.getStatements().stream().map(StatementForm::getId).toList();
  }
}
