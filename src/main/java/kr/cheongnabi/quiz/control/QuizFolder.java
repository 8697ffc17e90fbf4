package kr.cheongnabi.quiz.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The quiz files of a folder: on disk, or inside the application on its class path. Payara Micro
 * unpacks the WAR, so the bundled folder is a folder on disk there; inside a packed archive it is
 * read through the zip file system. Either way the files are listed, never named in a hand-kept
 * index that could forget one.
 */
public final class QuizFolder {

  /** Where the build puts the files of quizzes/ on the class path (WEB-INF/classes/quizzes/). */
  public static final String BUNDLED = "quizzes/";

  /** A quiz file: its name as shown to people, and its bytes. */
  public record QuizSource(String name, byte[] content) {}

  private QuizFolder() {}

  /** The {@code *.gift} files of a folder on disk, in the order of their names. */
  public static List<QuizSource> files(Path folder) {
    return files(folder, ".gift");
  }

  /**
   * The files of a folder on disk whose names end with {@code suffix}, in the order of their names;
   * also for the survey files ({@code .json}) and the integrity cases ({@code .case.md}).
   */
  public static List<QuizSource> files(Path folder, String suffix) {
    try (Stream<Path> listing = Files.list(folder)) {
      return listing
          .filter(f -> f.getFileName().toString().endsWith(suffix))
          .filter(Files::isRegularFile)
          .sorted()
          .map(f -> new QuizSource(f.getFileName().toString(), read(f)))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@code *.gift} files of {@code folder} on the class path; none when it is not there. */
  public static List<QuizSource> files(ClassLoader loader, String folder) {
    return files(loader, folder, ".gift");
  }

  /** The files of {@code folder} on the class path whose names end with {@code suffix}. */
  public static List<QuizSource> files(ClassLoader loader, String folder, String suffix) {
    URL url = loader.getResource(folder);
    if (url == null) {
      return List.of();
    }
    try {
      URI uri = url.toURI();
      return switch (uri.getScheme()) {
        case "file" -> files(Path.of(uri), suffix);
        case "jar" -> inArchive(uri, suffix);
        default ->
            throw new IllegalStateException(
                "the quiz folder " + url + " is neither on disk nor in an archive");
      };
    } catch (URISyntaxException e) {
      throw new IllegalStateException("not a URI: " + url, e);
    }
  }

  private static List<QuizSource> inArchive(URI uri, String suffix) {
    FileSystem archive;
    boolean opened = false;
    try {
      archive = FileSystems.newFileSystem(uri, Map.of());
      opened = true;
    } catch (FileSystemAlreadyExistsException e) {
      archive = FileSystems.getFileSystem(uri);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return files(archive.provider().getPath(uri), suffix);
    } finally {
      if (opened) {
        close(archive);
      }
    }
  }

  private static void close(FileSystem archive) {
    try {
      archive.close();
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
