package kr.cheongnabi.quiz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuizFileCheckTest {

  private static final String GOOD =
      "// @quiz q\n// @title.ko 가\n// @title.en A\n\n// @en E\n::s1::문장{T}\n";

  @TempDir Path folder;

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String output() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void passesWhenEveryFileReads() throws IOException {
    Files.writeString(folder.resolve("a.gift"), GOOD);

    assertTrue(new QuizFileCheck().check(folder, out));
    assertEquals("a.gift: OK (1 statements)\n", output().replace("\r\n", "\n"));
  }

  @Test
  void failsListingEveryProblemOfEveryBadFileInEnglish() throws IOException {
    Files.writeString(folder.resolve("a.gift"), GOOD);
    Files.writeString(
        folder.resolve("b.gift"), GOOD.replace("{T}", "{true}") + "\n::s1::x{T}\n\nWho?{~a =b}\n");

    assertFalse(new QuizFileCheck().check(folder, out));
    String output = output();
    assertTrue(output.contains("b.gift: 3 problem(s)"), output);
    assertTrue(output.contains("b.gift line 6: '{true}'"), output);
    assertTrue(output.contains("b.gift line 8: the id 's1' is already used on line 6"), output);
    assertTrue(
        output.contains("b.gift line 10: a multiple-choice question ('Who?{~a =b}')"), output);
  }

  @Test
  void passesAPlainMoodleFileThatNamesTheKindsItLeavesOutListingThem() throws IOException {
    Files.writeString(
        folder.resolve("moodle.gift"),
        "// @skip multiple-choice\n\n$CATEGORY: $course$/top/청렴\n\n문장{T}\n\nWho?{~a =b}\n");

    assertTrue(new QuizFileCheck().check(folder, out), output());
    assertEquals(
        "moodle.gift: OK (1 statements)\n"
            + "  line 7: multiple-choice question left out (// @skip): Who?{~a =b}\n",
        output().replace("\r\n", "\n"));
  }

  @Test
  void failsWhenTheFolderHoldsNoQuizFile() throws IOException {
    Files.writeString(folder.resolve("README.md"), "# Quizzes");

    assertFalse(new QuizFileCheck().check(folder, out));
    assertTrue(output().contains("no quiz file"), output());
  }
}
