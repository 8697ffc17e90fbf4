package kr.cheongnabi.quiz.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import kr.cheongnabi.quiz.control.QuizFolder.QuizSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuizFolderTest {

  @TempDir Path temp;

  @Test
  void onlyQuizFilesAreListedInTheOrderOfTheirNames() throws IOException {
    Files.writeString(temp.resolve("graft-act.gift"), "graft");
    Files.writeString(temp.resolve("README.md"), "readme");
    Files.writeString(temp.resolve("code-of-conduct.gift"), "conduct");
    Files.writeString(temp.resolve("notes.gift.bak"), "old");
    Files.createDirectory(temp.resolve("folder.gift"));

    var files = QuizFolder.files(temp);

    assertEquals(List.of("code-of-conduct.gift", "graft-act.gift"), names(files));
    assertEquals("conduct", new String(files.get(0).content(), StandardCharsets.UTF_8));
  }

  @Test
  void theBundledFilesAreFoundOnTheClassPathAsTheBuildPutsThem() {
    var files = QuizFolder.files(getClass().getClassLoader(), QuizFolder.BUNDLED);

    assertEquals(
        List.of(
            "code-of-conduct.gift",
            "conflict-of-interest.gift",
            "graft-act.gift",
            "integrity-week.gift",
            "senior-self-assessment.gift",
            "whistleblower-protection.gift"),
        names(files));
  }

  @Test
  void theFilesAreFoundInsideAPackedArchiveToo() throws IOException {
    Path archive = temp.resolve("classes.jar");
    try (var jar = new JarOutputStream(Files.newOutputStream(archive))) {
      jar.putNextEntry(new JarEntry("quizzes/"));
      jar.putNextEntry(new JarEntry("quizzes/b.gift"));
      jar.write("둘".getBytes(StandardCharsets.UTF_8));
      jar.putNextEntry(new JarEntry("quizzes/a.gift"));
      jar.write("하나".getBytes(StandardCharsets.UTF_8));
      jar.putNextEntry(new JarEntry("quizzes/index.txt"));
      jar.write("a.gift".getBytes(StandardCharsets.UTF_8));
    }
    try (var loader = new URLClassLoader(new URL[] {archive.toUri().toURL()}, null)) {
      var files = QuizFolder.files(loader, QuizFolder.BUNDLED);

      assertEquals(List.of("a.gift", "b.gift"), names(files));
      assertArrayEquals("하나".getBytes(StandardCharsets.UTF_8), files.get(0).content());
      // The archive is closed again, so a second start finds the files as well.
      assertEquals(names(files), names(QuizFolder.files(loader, QuizFolder.BUNDLED)));
    }
  }

  @Test
  void noFolderOnTheClassPathMeansNoFiles() throws IOException {
    try (var empty = new URLClassLoader(new URL[0], null)) {
      assertEquals(List.of(), QuizFolder.files(empty, QuizFolder.BUNDLED));
    }
  }

  private static List<String> names(List<QuizSource> files) {
    return files.stream().map(QuizSource::name).toList();
  }
}
