package kr.cheongnabi.people.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RosterImportProblemTest {

  private static RosterImportProblem problemWith(List<String> args) {
    return new RosterImportProblem(1L, 7, "email", "roster.email.invalid", args);
  }

  @Test
  void noArgumentsGiveNoArguments() {
    assertEquals(List.of(), problemWith(List.of()).getMessageArgs());
  }

  @Test
  void argumentsComeBackInOrder() {
    var args = List.of("A-1", "2024-13-01", "7");

    assertEquals(args, problemWith(args).getMessageArgs());
  }

  @Test
  void argumentsWithCommasAndKoreanTextComeBackWhole() {
    var args = List.of("서울, 중구", "a,b,,c", "청렴시 감사위원회");

    assertEquals(args, problemWith(args).getMessageArgs());
  }

  @Test
  void emptyArgumentsKeepTheirPlace() {
    var args = List.of("", "중간", "");

    assertEquals(args, problemWith(args).getMessageArgs());
  }

  @Test
  void problemKeepsItsLineColumnAndKey() {
    var problem = problemWith(List.of("x"));

    assertEquals(7, problem.getLineNumber());
    assertEquals("email", problem.getColumnName());
    assertEquals("roster.email.invalid", problem.getMessageKey());
  }
}
