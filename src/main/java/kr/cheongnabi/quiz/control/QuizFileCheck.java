package kr.cheongnabi.quiz.control;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Checks every quiz file of a folder and lists each file with OK or all its problems, for authors
 * and the build ({@code ./mvnw -Pquizzes}). A question that is not true/false is a problem unless
 * the file's {@code // @skip} line names its kind; then it is listed as left out.
 */
public final class QuizFileCheck {

  private final GiftReader reader = new GiftReader();

  /** Checks the folder given as the only argument; exits with 1 when anything is wrong. */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: QuizFileCheck QUIZZES_FOLDER");
      System.exit(2);
    }
    boolean ok = new QuizFileCheck().check(Path.of(args[0]), System.out);
    // Returning normally is exit status 0, and lets Maven's exec:java report the build's success.
    if (!ok) {
      System.exit(1);
    }
  }

  /**
   * Prints one line per file, and one more per problem.
   *
   * @return true when the folder holds at least one quiz file and none has a problem
   */
  public boolean check(Path folder, PrintStream out) {
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files =
          listing
              .filter(f -> f.getFileName().toString().endsWith(".gift"))
              .filter(Files::isRegularFile)
              .sorted()
              .toList();
    } catch (IOException e) {
      out.println(folder + ": cannot list the folder (" + e + ")");
      return false;
    }
    if (files.isEmpty()) {
      out.println(folder + ": no quiz file (*.gift)");
      return false;
    }
    boolean ok = true;
    for (Path file : files) {
      GiftResult result = reader.read(file).forFolder();
      if (result.isValid()) {
        out.println(
            file.getFileName() + ": OK (" + result.quiz().statements().size() + " statements)");
        // The folder's files say what they leave out, and the check says it again, line by line.
        result
            .skipped()
            .forEach(
                s ->
                    out.println(
                        "  line "
                            + s.line()
                            + ": "
                            + s.kind().giftName()
                            + " question left out (// @skip): "
                            + s.excerpt()));
      } else {
        ok = false;
        out.println(file.getFileName() + ": " + result.problems().size() + " problem(s)");
        result.problems().forEach(p -> out.println("  " + p.message(Locale.ENGLISH)));
      }
    }
    return ok;
  }
}
