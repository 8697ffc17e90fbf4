package kr.cheongnabi.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;
import kr.cheongnabi.testing.ClientTest;
import kr.cheongnabi.testing.FormClient;
import kr.cheongnabi.testing.SharedResources;
import kr.cheongnabi.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Uploads as a script or a browser sends them: too large ones refused before they are read, and
 * naming the file when a form's own limit is passed; files that are no text, or text with a hundred
 * thousand problems, answered with one message or a capped list.
 */
class UploadLimitsIT extends ClientTest {

  private static final long MIB = 1024L * 1024;
  private static final String QUIZZES = "/trainer/quizzes.xhtml";
  private static final Pattern FILE_INPUT =
      Pattern.compile(
          "<input[^>]*type=\"file\"[^>]*name=\"([^\"]+)\"|<input[^>]*name=\"([^\"]+)\"[^>]*type=\"file\"");

  private FormClient client;

  @BeforeEach
  void client() {
    client = new FormClient(base.toString());
  }

  @Test
  void refusesAnUploadLargerThanAnyFormTakesAtOnceWithoutReadingItAndStoresNothing()
      throws Exception {
    var unit = data.unit(TestData.unique("UL"), "업로드과", "Uploads");
    var employee = data.employee(TestData.unique("UL"), "한용량", unit);
    client.signIn(account("ul", employee), PASSWORD);
    var page = client.get("/me/evidence.xhtml").body();
    var fields = FormClient.formFields(page, "evidence", "evidence:submit");

    long started = System.nanoTime();
    var response =
        client.upload(
            "/me/evidence.xhtml",
            fields,
            fileInput(page),
            "huge.pdf",
            60 * MIB,
            () -> zeros(60 * MIB));
    var took = Duration.ofNanos(System.nanoTime() - started);

    assertEquals(413, response.statusCode(), response.body());
    assertTrue(
        response.body().contains("The upload is 60.1 MiB; this form takes at most 51 MiB."),
        response.body());
    assertTrue(took.toSeconds() < 30, "refused in " + took);
    assertEquals(
        0, data.count("SELECT COUNT(*) FROM evidence_claim WHERE employee_id = " + employee));
  }

  @Test
  void refusesAFileOverItsFormsLimitNamingTheFileItsSizeAndTheLimit() throws Exception {
    var page = trainersQuizzesPage();
    var fields = uploadFields(page);

    // Under the request ceiling: the servlet keeps it in a temporary file and the page refuses it
    // by that file's size, never reading it into the heap.
    var response =
        client.upload(
            QUIZZES, fields, fileInput(page), "big.gift", 45 * MIB, () -> zeros(45 * MIB));

    assertEquals(200, response.statusCode());
    assertTrue(
        response.body().contains("big.gift is 45 MiB; the most is 2 MiB. Nothing was stored."),
        response.body());
  }

  @Test
  void eachUploadPageAsksForItsOwnKindOfFile() throws Exception {
    var page = trainersQuizzesPage();

    var body = upload(QUIZZES, uploadFields(page), fileInput(page), "", new byte[0]).body();

    assertTrue(body.contains("Choose the quiz file (GIFT) first."), body);
    assertFalse(body.contains("Choose a CSV file"), body);
  }

  @Test
  void aGiftFileOfAHundredThousandProblemsListsTheFirstThousandAPageAtATime() throws Exception {
    var page = trainersQuizzesPage();
    var fields = uploadFields(page);
    var broken = new StringBuilder();
    for (int i = 0; i < 60_000; i++) {
      // {true} in lower case: Moodle would read a short-answer question, so it is a problem.
      broken.append("::s").append(i).append("::x{true}\n\n");
    }
    var bytes = broken.toString().getBytes(StandardCharsets.UTF_8);

    var response = upload(QUIZZES, fields, fileInput(page), "broken.gift", bytes);

    var body = response.body();
    assertTrue(body.contains("problem(s); nothing was stored."), body);
    assertTrue(body.contains("The first 1,000 problems are listed."), body);
    // The problems' part of the page, not the whole: the page also lists every quiz in the
    // database, and other tests add theirs.
    var problems =
        body.substring(
            body.indexOf("id=\"upload:problems\""),
            body.indexOf("id=\"upload:problems_paginator_bottom\""));
    assertTrue(problems.length() < 60_000, "problems in " + problems.length() + " characters");
    assertEquals(50, count(body, "class=\"problem\""), "one page of 50 problems");
  }

  @Test
  void aFileThatIsNotUtf8TextGetsOneMessageAndNoneOfItsBytesBack() throws Exception {
    var page = trainersQuizzesPage();
    var fields = uploadFields(page);
    var eucKr =
        "// @quiz q\n// @title.ko 청렴\n\n::s1::공직자는 청렴해야 한다{T}\n"
            .repeat(200)
            .getBytes(Charset.forName("x-windows-949"));
    var png = new byte[4096];
    System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, png, 0, 8);

    for (var file : new Object[][] {{"euc-kr.gift", eucKr}, {"image.gift", png}}) {
      var name = (String) file[0];
      var body = upload(QUIZZES, fields, fileInput(page), name, (byte[]) file[1]).body();

      assertEquals(1, count(body, name + ": is not a UTF-8 text file"), body);
      assertEquals(1, count(body, "class=\"problem\""), body);
      assertFalse(body.contains("\uFFFD"), "no garbled bytes echoed back");
      fields = uploadFields(body);
    }
  }

  @Test
  @ResourceLock(SharedResources.ROSTER_IMPORTS)
  void aRosterWithTheHeaderButNoEmployeeIsRefusedNamingTheFile() throws Exception {
    client.signIn(account("ul", null, "HR"), PASSWORD);
    var page = client.get("/hr/import.xhtml").body();
    var fields = FormClient.formFields(page, "upload", "upload:start");
    var name = TestData.unique("header-only") + ".csv";
    var headerOnly =
        "employee_number,name,org_unit_code,hire_date\r\n".getBytes(StandardCharsets.UTF_8);

    upload("/hr/import.xhtml", fields, fileInput(page), name, headerOnly);

    var state = "";
    for (int i = 0; i < 100 && !"REJECTED".equals(state); i++) {
      Thread.sleep(200);
      state = data.text("SELECT state FROM roster_import WHERE file_name = '" + name + "'");
    }
    assertEquals("REJECTED", state, "never imported as 0 rows");
    assertEquals(
        "file.noRows",
        data.text(
            "SELECT p.message_key FROM roster_import_problem p JOIN roster_import i"
                + " ON i.id = p.import_id WHERE i.file_name = '"
                + name
                + "'"));
  }

  /** The quizzes page of a new trainer, signed in. */
  private String trainersQuizzesPage() throws Exception {
    client.signIn(account("ul", null, "TRAINER"), PASSWORD);
    return client.get(QUIZZES).body();
  }

  private static Map<String, String> uploadFields(String page) {
    return FormClient.formFields(page, "upload", "upload:send");
  }

  private HttpResponse<String> upload(
      String path, Map<String, String> fields, String input, String name, byte[] bytes)
      throws Exception {
    return client.upload(
        path, fields, input, name, bytes.length, () -> new ByteArrayInputStream(bytes));
  }

  private static String fileInput(String page) {
    var input = FILE_INPUT.matcher(page);
    if (!input.find()) {
      throw new IllegalStateException("no file input on the page");
    }
    return input.group(1) != null ? input.group(1) : input.group(2);
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
      count++;
    }
    return count;
  }

  /** A stream of zeros made as it is read: the test holds none of it. */
  private static InputStream zeros(long size) {
    return new InputStream() {
      private long left = size;

      @Override
      public int read() {
        if (left == 0) {
          return -1;
        }
        left--;
        return 0;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left == 0) {
          return -1;
        }
        int n = (int) Math.min(len, left);
        Arrays.fill(b, off, off + n, (byte) 0);
        left -= n;
        return n;
      }
    };
  }
}
