package kr.cheongnabi.survey.control;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import kr.cheongnabi.quiz.control.QuizFolder;
import kr.cheongnabi.quiz.control.QuizFolder.QuizSource;

/**
 * Checks every survey file of a folder and lists each with OK or all its problems, for authors
 * ({@code ./mvnw -Psurveys}) and the build ({@code BundledSurveysTest}).
 */
public final class SurveyFileCheck {

  /** Where the surveys shipped with the application live on the class path. */
  public static final String BUNDLED = "surveys/";

  public static final String SUFFIX = ".json";

  /** Checks the folder given as the only argument; exits with 1 when anything is wrong. */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: SurveyFileCheck SURVEYS_FOLDER");
      System.exit(2);
    }
    if (!new SurveyFileCheck().check(QuizFolder.files(Path.of(args[0]), SUFFIX), System.out)) {
      System.exit(1);
    }
  }

  /**
   * Prints one line per file, and one more per problem.
   *
   * @return true when there is at least one file and none has a problem
   */
  public boolean check(List<QuizSource> files, PrintStream out) {
    if (files.isEmpty()) {
      out.println("no survey file (*" + SUFFIX + ")");
      return false;
    }
    boolean ok = true;
    for (QuizSource file : files) {
      SurveyRead read =
          new SurveyReader().read(file.name(), new String(file.content(), StandardCharsets.UTF_8));
      if (read.isValid()) {
        out.println(file.name() + ": OK (" + read.survey().items().size() + " items)");
      } else {
        ok = false;
        out.println(file.name() + ": " + read.problems().size() + " problem(s)");
        read.problems().forEach(p -> out.println("  " + p));
      }
    }
    return ok;
  }
}
