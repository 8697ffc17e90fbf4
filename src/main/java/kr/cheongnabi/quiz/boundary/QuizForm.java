package kr.cheongnabi.quiz.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import kr.cheongnabi.quiz.control.QuizFile;
import kr.cheongnabi.quiz.control.QuizSettings;
import kr.cheongnabi.quiz.control.Statement;

/**
 * A quiz as the editor's form holds it while the trainer works on it: the settings of the GIFT
 * header and the statements in their order. Single fields are checked by the page (required,
 * ranges); {@link #problems()} checks what spans fields, naming the statement and the field.
 */
public class QuizForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * A problem of the form, in keys of the page's messages.
   *
   * @param statement the statement's number as the page shows it, or 0 for the quiz's settings
   * @param field the key of the field's label, or null
   */
  public record Problem(String key, int statement, String field, List<Object> arguments)
      implements Serializable {
    static Problem of(String key, Object... arguments) {
      return new Problem(key, 0, null, List.of(arguments));
    }

    static Problem on(int statement, String field, String key) {
      return new Problem(key, statement, field, List.of());
    }
  }

  private final int basedOn;
  private String id;
  private String titleKo;
  private String titleEn;
  private String category;
  private int passMarkPercent = QuizSettings.DEFAULT_PASS_MARK;
  private int creditMinutes;
  private int attemptsAllowed;
  private int draw;
  private boolean shuffle = QuizSettings.DEFAULT_SHUFFLE;
  private int timeLimitMinutes;
  private LocalDate availableFrom;
  private LocalDate availableUntil;
  private boolean assignedOnly;
  private final ArrayList<StatementForm> statements = new ArrayList<>();

  private QuizForm(int basedOn) {
    this.basedOn = basedOn;
  }

  /** An empty quiz, not stored yet, with one empty statement to start from. */
  public static QuizForm blank() {
    var form = new QuizForm(0);
    form.statements.add(new StatementForm("s01"));
    return form;
  }

  /** The form of a stored quiz's version {@code versionNo}. */
  public static QuizForm of(QuizFile quiz, int versionNo) {
    var form = new QuizForm(versionNo);
    var settings = quiz.settings();
    form.id = settings.id();
    form.titleKo = settings.titleKo();
    form.titleEn = settings.titleEn();
    form.category = quiz.category();
    form.passMarkPercent = settings.passMarkPercent();
    form.creditMinutes = settings.creditMinutes();
    form.attemptsAllowed = settings.attemptsAllowed();
    form.draw = settings.draw();
    form.shuffle = settings.shuffle();
    form.timeLimitMinutes = settings.timeLimitMinutes();
    form.availableFrom = settings.availableFrom();
    form.availableUntil = settings.availableUntil();
    form.assignedOnly = settings.assignedOnly();
    quiz.statements().forEach(s -> form.statements.add(StatementForm.of(s)));
    return form;
  }

  /** Adds an empty statement at the end, with an id no statement of the form has. */
  public void addStatement() {
    statements.add(new StatementForm(nextStatementId()));
  }

  public void removeStatement(int index) {
    if (statements.size() > 1) {
      statements.remove(index);
    }
  }

  /** Moves the statement at {@code index} one place up (-1) or down (+1), if there is room. */
  public void moveStatement(int index, int direction) {
    int other = index + direction;
    if (index >= 0 && index < statements.size() && other >= 0 && other < statements.size()) {
      Collections.swap(statements, index, other);
    }
  }

  /**
   * What keeps the form from being a quiz, beyond single fields: each naming where it is (the
   * statement's number as the page shows it) and which field.
   */
  public List<Problem> problems() {
    var problems = new ArrayList<Problem>();
    if (id == null || !QuizSettings.ID.matcher(id).matches()) {
      problems.add(Problem.of("edit.problem.id", id == null ? "" : id));
    }
    if (StatementForm.isBlank(titleKo)) {
      problems.add(Problem.of("edit.problem.title"));
    }
    if (availableFrom != null && availableUntil != null && availableFrom.isAfter(availableUntil)) {
      problems.add(Problem.of("edit.problem.dates", availableFrom, availableUntil));
    }
    if (draw > statements.size()) {
      problems.add(Problem.of("edit.problem.draw", draw, statements.size()));
    }
    for (int i = 0; i < statements.size(); i++) {
      statementProblems(i + 1, statements.get(i), problems);
    }
    return List.copyOf(problems);
  }

  private static void statementProblems(int number, StatementForm s, List<Problem> problems) {
    if (StatementForm.isBlank(s.getTextKo())) {
      problems.add(Problem.on(number, "edit.textKo", "edit.problem.missing"));
    }
    if (s.getCorrect() == null) {
      problems.add(Problem.on(number, "edit.correct", "edit.problem.missing"));
    }
    translation(number, s.getWrongKo(), s.getWrongEn(), "edit.wrong", problems);
    translation(number, s.getRightKo(), s.getRightEn(), "edit.right", problems);
    translation(number, s.getExplanationKo(), s.getExplanationEn(), "edit.explanation", problems);
  }

  // English is optional (English readers then see the Korean text), but it translates a Korean one.
  private static void translation(
      int number, String korean, String english, String field, List<Problem> problems) {
    if (StatementForm.isBlank(korean) && !StatementForm.isBlank(english)) {
      problems.add(Problem.on(number, field, "edit.problem.noKorean"));
    }
  }

  /**
   * The quiz the form describes.
   *
   * @throws IllegalArgumentException when {@link #problems()} is not empty
   */
  public QuizFile toQuizFile() {
    var settings =
        new QuizSettings(
            id,
            titleKo,
            StatementForm.isBlank(titleEn) ? null : titleEn,
            passMarkPercent,
            creditMinutes,
            attemptsAllowed,
            draw,
            shuffle,
            timeLimitMinutes,
            availableFrom,
            availableUntil,
            assignedOnly);
    List<Statement> bank = statements.stream().map(StatementForm::toStatement).toList();
    return new QuizFile(settings, StatementForm.isBlank(category) ? null : category, bank);
  }

  private String nextStatementId() {
    // Continues the numbering of the first statement: graft-act-14 after graft-act-01…13.
    String prefix =
        statements.isEmpty() ? "s" : statements.get(0).getId().replaceAll("[0-9]+$", "");
    if (prefix.isEmpty() || prefix.length() > 60) {
      prefix = "s";
    }
    int number = statements.size() + 1;
    while (true) {
      String candidate = prefix + (number < 10 ? "0" : "") + number;
      if (statements.stream().noneMatch(s -> s.getId().equals(candidate))) {
        return candidate;
      }
      number++;
    }
  }

  /** The version the trainer started from; 0 for a quiz not stored yet. */
  public int getBasedOn() {
    return basedOn;
  }

  public boolean isNew() {
    return basedOn == 0;
  }

  public List<StatementForm> getStatements() {
    return statements;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id == null ? null : id.strip();
  }

  public String getTitleKo() {
    return titleKo;
  }

  public void setTitleKo(String titleKo) {
    this.titleKo = titleKo;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(String titleEn) {
    this.titleEn = titleEn;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public int getPassMarkPercent() {
    return passMarkPercent;
  }

  public void setPassMarkPercent(int passMarkPercent) {
    this.passMarkPercent = passMarkPercent;
  }

  public int getCreditMinutes() {
    return creditMinutes;
  }

  public void setCreditMinutes(int creditMinutes) {
    this.creditMinutes = creditMinutes;
  }

  public int getAttemptsAllowed() {
    return attemptsAllowed;
  }

  public void setAttemptsAllowed(int attemptsAllowed) {
    this.attemptsAllowed = attemptsAllowed;
  }

  public int getDraw() {
    return draw;
  }

  public void setDraw(int draw) {
    this.draw = draw;
  }

  public boolean isShuffle() {
    return shuffle;
  }

  public void setShuffle(boolean shuffle) {
    this.shuffle = shuffle;
  }

  public int getTimeLimitMinutes() {
    return timeLimitMinutes;
  }

  public void setTimeLimitMinutes(int timeLimitMinutes) {
    this.timeLimitMinutes = timeLimitMinutes;
  }

  public LocalDate getAvailableFrom() {
    return availableFrom;
  }

  public void setAvailableFrom(LocalDate availableFrom) {
    this.availableFrom = availableFrom;
  }

  public LocalDate getAvailableUntil() {
    return availableUntil;
  }

  public void setAvailableUntil(LocalDate availableUntil) {
    this.availableUntil = availableUntil;
  }

  public boolean isAssignedOnly() {
    return assignedOnly;
  }

  public void setAssignedOnly(boolean assignedOnly) {
    this.assignedOnly = assignedOnly;
  }
}
