package kr.cheongnabi.quiz.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import kr.cheongnabi.quiz.control.QuizFolder.QuizSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the quiz files when the application starts: those bundled in the WAR, or those of the
 * folder QUIZZES_DIR names. Each file is loaded in a transaction of its own, and a bad file is
 * reported and skipped: nothing here keeps the application from starting.
 */
@Startup
@Singleton
@DependsOn({"Migrations", "CaseFilesAtStartUp"})
@TransactionManagement(TransactionManagementType.BEAN)
public class QuizFilesAtStartUp {

  private static final Logger LOG = Logger.getLogger(QuizFilesAtStartUp.class.getName());
  private static final int PROBLEMS_SHOWN = 5;

  @Inject
  @ConfigProperty(name = "quizzes.dir")
  Optional<String> folder;

  @EJB QuizCatalogue catalogue;

  @PostConstruct
  void loadAll() {
    String from = folder.orElse("the application (" + QuizFolder.BUNDLED + ")");
    List<QuizSource> sources;
    try {
      // The servlet context is not there yet while start-up beans start: the class path is.
      sources =
          folder
              .map(Path::of)
              .map(QuizFolder::files)
              .orElseGet(
                  () ->
                      QuizFolder.files(
                          QuizFilesAtStartUp.class.getClassLoader(), QuizFolder.BUNDLED));
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "No quiz loaded: the quiz files of " + from + " cannot be read", e);
      return;
    }
    LOG.info(() -> "Loading " + sources.size() + " quiz files from " + from);
    sources.forEach(this::load);
  }

  private void load(QuizSource source) {
    try {
      LoadOutcome outcome = catalogue.loadFile(source.name(), source.content());
      report(source.name(), outcome);
      if (outcome.skipped() > 0) {
        LOG.info(
            () ->
                source.name()
                    + ": "
                    + outcome.skipped()
                    + " questions that are not true/false left out, as its // @skip line says");
      }
    } catch (RuntimeException e) {
      if (QuizCatalogue.loadedMeanwhile(e)) {
        LOG.info(() -> source.name() + ": loaded at the same time by another instance");
      } else {
        LOG.log(Level.SEVERE, source.name() + ": could not be stored", e);
      }
    }
  }

  static void report(String name, LoadOutcome outcome) {
    switch (outcome.kind()) {
      case CREATED ->
          LOG.info(
              () ->
                  name
                      + ": quiz "
                      + outcome.quizKey()
                      + " created ("
                      + outcome.statements()
                      + " statements)");
      case NEW_VERSION, RESTORED ->
          LOG.info(
              () ->
                  name
                      + ": quiz "
                      + outcome.quizKey()
                      + (outcome.kind() == LoadOutcome.Kind.RESTORED
                          ? " back to version "
                          : " new version ")
                      + outcome.versionNo()
                      + " ("
                      + outcome.statements()
                      + " statements)");
      case UNCHANGED ->
          LOG.info(
              () ->
                  name
                      + ": quiz "
                      + outcome.quizKey()
                      + " unchanged (version "
                      + outcome.versionNo()
                      + ")");
      case KEPT ->
          LOG.info(
              () ->
                  name
                      + ": quiz "
                      + outcome.quizKey()
                      + " was changed by a trainer since this file; version "
                      + outcome.versionNo()
                      + " stays current");
      case REJECTED -> LOG.severe(() -> rejection(name, outcome));
    }
  }

  /** The first problems of a rejected file, each naming the file and line. */
  static String rejection(String name, LoadOutcome outcome) {
    var problems = outcome.problems();
    String shown =
        problems.stream()
            .limit(PROBLEMS_SHOWN)
            .map(p -> "\n  " + p.message(Locale.ENGLISH))
            .collect(Collectors.joining());
    String more =
        problems.size() > PROBLEMS_SHOWN
            ? "\n  and " + (problems.size() - PROBLEMS_SHOWN) + " more"
            : "";
    return name + ": rejected, nothing loaded (" + problems.size() + " problems)" + shown + more;
  }
}
