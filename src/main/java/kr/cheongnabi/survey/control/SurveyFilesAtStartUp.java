package kr.cheongnabi.survey.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.cheongnabi.quiz.control.QuizFolder;

/**
 * Loads the surveys shipped with the application (src/main/resources/surveys/) when it starts: a
 * changed file becomes a new version. A bad file is reported and skipped (the build refuses one, so
 * this is only a second guard); each file is stored in a transaction of its own, and nothing here
 * keeps the application from starting.
 */
@Startup
@Singleton
@DependsOn("Migrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class SurveyFilesAtStartUp {

  private static final Logger LOG = Logger.getLogger(SurveyFilesAtStartUp.class.getName());

  @EJB SurveyCatalogue catalogue;

  @PostConstruct
  void loadAll() {
    var files =
        QuizFolder.files(
            SurveyFilesAtStartUp.class.getClassLoader(),
            SurveyFileCheck.BUNDLED,
            SurveyFileCheck.SUFFIX);
    for (var file : files) {
      try {
        var loaded =
            catalogue.load(file.name(), new String(file.content(), StandardCharsets.UTF_8));
        if (!loaded.problems().isEmpty()) {
          LOG.severe(() -> file.name() + ": not loaded: " + loaded.problems());
        } else if (loaded.created()) {
          LOG.info(
              () ->
                  file.name()
                      + ": survey "
                      + loaded.version().getSurveyKey()
                      + " version "
                      + loaded.version().getVersionNo());
        }
      } catch (RuntimeException e) {
        // Two instances starting together: the other one stored the same version first.
        LOG.log(Level.INFO, file.name() + ": not stored here (another instance did?)", e);
      }
    }
  }
}
