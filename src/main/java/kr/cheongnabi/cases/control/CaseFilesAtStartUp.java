package kr.cheongnabi.cases.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.cheongnabi.quiz.control.QuizFolder;
import kr.cheongnabi.quiz.control.QuizFolder.QuizSource;

/**
 * Loads the integrity cases bundled in the application ({@value #BUNDLED}{@code *}{@value #ENDING})
 * when it starts, before the quiz files, whose statements may link to them. Each file is loaded in
 * a transaction of its own; a bad file is reported and skipped.
 */
@Startup
@Singleton
@DependsOn("Migrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class CaseFilesAtStartUp {

  /** Where the build puts src/main/resources/cases/ on the class path. */
  public static final String BUNDLED = "cases/";

  public static final String ENDING = ".case.md";

  private static final Logger LOG = Logger.getLogger(CaseFilesAtStartUp.class.getName());

  @EJB CaseBook cases;

  @PostConstruct
  void loadAll() {
    List<QuizSource> sources;
    try {
      sources = QuizFolder.files(CaseFilesAtStartUp.class.getClassLoader(), BUNDLED, ENDING);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "No integrity case loaded: the case files cannot be read", e);
      return;
    }
    LOG.info(() -> "Loading " + sources.size() + " integrity case files");
    for (QuizSource source : sources) {
      try {
        var load = cases.load(source.name(), new String(source.content(), StandardCharsets.UTF_8));
        if (load.kind() == CaseLoad.Kind.REJECTED) {
          LOG.severe(() -> source.name() + ": not loaded: " + load.problems());
        } else if (load.kind() != CaseLoad.Kind.UNCHANGED) {
          LOG.info(() -> source.name() + ": case " + load.key() + " " + load.kind());
        }
      } catch (RuntimeException e) {
        // Two instances starting together: the other one stored it first, which is as good.
        LOG.log(Level.WARNING, source.name() + ": could not be stored", e);
      }
    }
  }
}
