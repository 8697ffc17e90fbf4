package kr.cheongnabi.quiz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class QuizFilesAtStartUpTest {

  @Test
  void aRejectedFileIsReportedWithItsFirstProblemsEachWithFileAndLine() {
    var problems =
        IntStream.rangeClosed(1, 7)
            .mapToObj(line -> new GiftProblem("bad.gift", line, "statement.empty"))
            .toList();

    String report = QuizFilesAtStartUp.rejection("bad.gift", LoadOutcome.rejected(problems));

    assertEquals(
        String.join(
            "\n  ",
            "bad.gift: rejected, nothing loaded (7 problems)",
            "bad.gift line 1: the statement has no text",
            "bad.gift line 2: the statement has no text",
            "bad.gift line 3: the statement has no text",
            "bad.gift line 4: the statement has no text",
            "bad.gift line 5: the statement has no text",
            "and 2 more"),
        report);
  }
}
