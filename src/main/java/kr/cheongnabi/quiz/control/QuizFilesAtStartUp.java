package kr.cheongnabi.quiz.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the quiz files when the application starts: those bundled in the WAR, or those of the
 * folder QUIZZES_DIR names. Each file is loaded in a transaction of its own, and a bad file is
 * reported and skipped: it never keeps the application from starting.
 */
@Startup
@Singleton
@DependsOn("Migrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class QuizFilesAtStartUp {

  /** Where the build puts the files of quizzes/ in the WAR. */
  static final String BUNDLED = "/WEB-INF/classes/quizzes/";

  private static final Logger LOG = Logger.getLogger(QuizFilesAtStartUp.class.getName());
  private static final int PROBLEMS_SHOWN = 5;

  /** A quiz file: its name as shown in the log, and its bytes. */
  record QuizSource(String name, byte[] content) {}

  @Inject
  @ConfigProperty(name = "quizzes.dir")
  Optional<String> folder;

  // A class loader cannot list a folder inside a WAR; the servlet context can.
  @Inject ServletContext servletContext;

  @EJB QuizCatalogue catalogue;

  @PostConstruct
  void loadAll() {
    List<QuizSource> sources;
    try {
      sources = folder.map(Path::of).map(QuizFilesAtStartUp::fromFolder).orElseGet(this::bundled);
    } catch (UncheckedIOException e) {
      LOG.log(
          Level.SEVERE, "Quiz files not loaded: the folder " + folder.get() + " cannot be read", e);
      return;
    }
    LOG.info(() -> "Loading " + sources.size() + " quiz files from " + folder.orElse(BUNDLED));
    sources.forEach(this::load);
  }

  private void load(QuizSource source) {
    try {
      report(source.name(), catalogue.loadFile(source.name(), source.content()));
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

  /** The quiz files among resource paths or file names, in the order of their names. */
  static List<String> giftFiles(Collection<String> paths) {
    return paths.stream().filter(p -> p.endsWith(".gift")).sorted().toList();
  }

  private List<QuizSource> bundled() {
    var paths = servletContext.getResourcePaths(BUNDLED);
    if (paths == null) {
      return List.of();
    }
    return giftFiles(paths).stream()
        .map(path -> new QuizSource(path.substring(BUNDLED.length()), resource(path)))
        .toList();
  }

  private byte[] resource(String path) {
    try (InputStream in = servletContext.getResourceAsStream(path)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<QuizSource> fromFolder(Path folder) {
    try (Stream<Path> listing = Files.list(folder)) {
      var files =
          listing.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
      return giftFiles(files).stream()
          .map(name -> new QuizSource(name, read(folder.resolve(name))))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
