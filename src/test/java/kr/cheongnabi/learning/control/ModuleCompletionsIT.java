package kr.cheongnabi.learning.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kr.cheongnabi.learning.entity.TrainingModule;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.control.FileSignature;
import kr.cheongnabi.platform.control.FileStore;
import kr.cheongnabi.quiz.control.Attempts;
import kr.cheongnabi.quiz.control.QuizCatalogue;
import kr.cheongnabi.testing.InContainerTest;
import kr.cheongnabi.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Modules inside the running application: completion exactly once, and only when earned; audiences
 * by unit; lesson files kept in chunks and refused by their content.
 */
class ModuleCompletionsIT extends InContainerTest {

  private static final int RACERS = 8;

  @EJB ModuleCompletions completions;
  @EJB OpenModules open;
  @EJB Progress progress;
  @EJB Attempts attempts;
  @EJB QuizCatalogue catalogue;
  @EJB FileStore files;

  private long unit;
  private long employee;

  @BeforeEach
  void anEmployee() {
    unit = data.unit(TestData.unique("U"), "교육팀", "Training Team");
    employee = data.employee(TestData.unique("E"), "이수진", unit);
  }

  @Test
  void completingEightTimesAtOnceRecordsOneCompletionAndCreditsOnce() throws Exception {
    var key = moduleKey();
    var moduleId = data.module(key, 30, null, "하나", "둘");
    seeAll(key);

    var gate = new CountDownLatch(1);
    var results = new ArrayList<Future<Completion>>();
    for (int i = 0; i < RACERS; i++) {
      results.add(
          executor.submit(
              () -> {
                gate.await();
                return completions.complete(employee, key);
              }));
    }
    gate.countDown();
    var done = new ArrayList<Completion>();
    for (var result : results) {
      done.add(result.get(60, TimeUnit.SECONDS));
    }

    assertEquals(1, done.stream().filter(Completion::newlyRecorded).count(), "one winner");
    assertEquals(1, done.stream().map(Completion::completedAt).distinct().count());
    assertTrue(done.stream().allMatch(c -> c.minutes() == 30));
    assertEquals(
        1,
        data.count(
            "SELECT COUNT(*) FROM module_completion WHERE module_id = "
                + moduleId
                + " AND employee_id = "
                + employee));
    var again = completions.complete(employee, key);
    assertEquals(
        done.get(0).completedAt(), again.completedAt(), "completing again changes nothing");
  }

  @Test
  void completionIsRefusedWhileALessonIsUnseen() {
    var key = moduleKey();
    data.module(key, 20, null, "하나", "둘", "셋");
    var module = open.one(employee, key);
    progress.seen(employee, open.lesson(employee, lessonId(module, 0)), Instant.now());

    var refused = assertThrows(BusinessException.class, () -> completions.complete(employee, key));
    assertEquals("module.lessonsUnseen", refused.getMessageKey());
    assertEquals(2L, refused.getArguments()[0]);
    assertEquals(
        0, data.count("SELECT COUNT(*) FROM module_completion WHERE employee_id = " + employee));
  }

  @Test
  void completionWaitsForThePassedFinalQuiz() {
    var quiz = TestData.unique("it-final-").toLowerCase();
    var outcome = catalogue.loadFile(quiz + ".gift", gift(quiz).getBytes(StandardCharsets.UTF_8));
    assertTrue(outcome.problems().isEmpty(), outcome.toString());
    var key = moduleKey();
    data.module(key, 45, catalogue.idOf(quiz).orElseThrow(), "하나");
    seeAll(key);

    var refused = assertThrows(BusinessException.class, () -> completions.complete(employee, key));
    assertEquals("module.quizNotPassed", refused.getMessageKey());

    var failed = attempts.start(employee, quiz);
    attempts.answer(employee, failed, quiz + "-01", false);
    attempts.finish(employee, failed);
    assertThrows(BusinessException.class, () -> completions.complete(employee, key));

    var passed = attempts.start(employee, quiz);
    attempts.answer(employee, passed, quiz + "-01", true);
    attempts.finish(employee, passed);
    var completion = completions.complete(employee, key);
    assertTrue(completion.newlyRecorded());
    assertEquals(45, completion.minutes());
  }

  @Test
  void aModuleForAUnitReachesItsSubUnitsButNotItsNeighbours() {
    var bureau = data.unit(TestData.unique("B"), "감사국", "Audit Bureau");
    var team = data.unit(TestData.unique("T"), "감사1팀", "Audit Team 1", bureau);
    var neighbour = data.unit(TestData.unique("N"), "재무국", "Finance Bureau");
    var inTeam = data.employee(TestData.unique("E"), "박감사", team);
    var inNeighbour = data.employee(TestData.unique("E"), "최재무", neighbour);
    var key = moduleKey();
    data.audience(data.module(key, 10, null, "하나"), bureau);

    assertTrue(keys(open.to(inTeam)).contains(key), "a sub-unit of the chosen unit");
    assertTrue(!keys(open.to(inNeighbour)).contains(key), "a unit beside it");
    assertThrows(BusinessException.class, () -> open.one(inNeighbour, key));
  }

  @Test
  void aFileOfSeveralMegabytesComesBackByteIdenticalWholeAndInRanges() throws Exception {
    var content = new byte[3 * FileStore.CHUNK_BYTES + 12_345];
    new Random(7).nextBytes(content);
    var header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(header, 0, content, 0, header.length);

    var stored =
        files.store(
            new ByteArrayInputStream(content),
            "C:\\Users\\trainer\\청탁금지법 안내.pdf",
            LessonFiles.ACCEPTED,
            10L * FileStore.CHUNK_BYTES,
            "it");

    assertEquals("청탁금지법 안내.pdf", stored.getOriginalName());
    assertEquals(FileSignature.PDF, stored.getContentType());
    assertEquals(content.length, stored.getSize());
    assertEquals(4, stored.getChunkCount());
    assertEquals(
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)),
        stored.getSha256());
    assertArrayEquals(content, read(stored.getId(), 0, content.length - 1));
    long across = FileStore.CHUNK_BYTES - 10L;
    assertArrayEquals(
        Arrays.copyOfRange(content, (int) across, (int) across + 2 * FileStore.CHUNK_BYTES),
        read(stored.getId(), across, across + 2 * FileStore.CHUNK_BYTES - 1));
    assertEquals(
        0,
        data.count(
            "SELECT COUNT(*) FROM stored_file_chunk WHERE file_id = "
                + stored.getId()
                + " AND LENGTH(data) > "
                + FileStore.CHUNK_BYTES));
  }

  @Test
  void aPdfThatIsNotAPdfAndAFileTooLargeAreRefusedAndLeaveNothing() {
    var uploader = TestData.unique("it");
    var notPdf = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
    var refused =
        assertThrows(
            BusinessException.class,
            () ->
                files.store(
                    new ByteArrayInputStream(notPdf),
                    "guide.pdf",
                    LessonFiles.ACCEPTED,
                    1000,
                    uploader));
    assertEquals("file.typeRefused", refused.getMessageKey());

    var large = new byte[2 * FileStore.CHUNK_BYTES + 1];
    System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 8);
    var tooLarge =
        assertThrows(
            BusinessException.class,
            () ->
                files.store(
                    new ByteArrayInputStream(large),
                    "big.pdf",
                    LessonFiles.ACCEPTED,
                    2L * FileStore.CHUNK_BYTES,
                    uploader));
    assertEquals("file.tooLarge", tooLarge.getMessageKey());
    assertEquals(
        0, data.count("SELECT COUNT(*) FROM stored_file WHERE uploaded_by = '" + uploader + "'"));
  }

  private byte[] read(long fileId, long first, long last) throws Exception {
    var out = new ByteArrayOutputStream();
    files.copy(files.find(fileId).orElseThrow(), first, last, out);
    return out.toByteArray();
  }

  private void seeAll(String key) {
    var module = open.one(employee, key);
    for (int i = 0; i < module.getLessons().size(); i++) {
      progress.seen(employee, open.lesson(employee, lessonId(module, i)), Instant.now());
    }
  }

  private static long lessonId(TrainingModule module, int index) {
    return module.getLessons().get(index).getId();
  }

  private static Set<String> keys(List<TrainingModule> modules) {
    return Set.copyOf(modules.stream().map(TrainingModule::getKey).toList());
  }

  private static String moduleKey() {
    return TestData.unique("it-module-").toLowerCase();
  }

  private static String gift(String key) {
    return """
        // @quiz %1$s
        // @title.ko 마무리 퀴즈
        // @title.en A final quiz
        // @pass-mark 100
        // @shuffle false

        // @en One is true.
        ::%1$s-01::하나는 참이다.{T}
        """
        .formatted(key);
  }
}
