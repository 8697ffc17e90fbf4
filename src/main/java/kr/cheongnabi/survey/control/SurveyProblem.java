package kr.cheongnabi.survey.control;

/**
 * Something wrong in a survey file: the file, where in it (a line and column for broken JSON, the
 * JSON path of the field otherwise, e.g. {@code $.areas[1].items[0].scale}) and what is wrong.
 */
public record SurveyProblem(String file, String where, String what) {

  @Override
  public String toString() {
    return file + ": " + where + ": " + what;
  }
}
