package kr.cheongnabi.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A signed-in person's pages as a script posts them: Faces forms with their view state, and file
 * uploads streamed as a browser sends them, with the length declared up front. A file of any size
 * can be made on the fly, so that a test never holds it in its own heap either.
 */
public final class FormClient {

  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
  private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");

  private final String site;
  private final HttpClient http;

  public FormClient(String base) {
    site = base.replaceAll("/$", "");
    http =
        HttpClient.newBuilder()
            // HTTP/1.1 as a browser speaks it to a plain-HTTP server (no h2c upgrade).
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  public void signIn(String username, String password) throws IOException, InterruptedException {
    var response =
        send(
            request("/login.xhtml")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    BodyPublishers.ofString(
                        "login=login&login%3Acontinue=&login%3Ausername="
                            + URLEncoder.encode(username, StandardCharsets.UTF_8)
                            + "&login%3Apassword="
                            + URLEncoder.encode(password, StandardCharsets.UTF_8)
                            + "&login%3AsignIn=&jakarta.faces.ViewState=stateless"))
                .build(),
            BodyHandlers.discarding());
    if (response.statusCode() != 302) {
      throw new IllegalStateException("sign-in answered " + response.statusCode());
    }
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(request(path).GET().build(), BodyHandlers.ofString());
  }

  public HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
    return send(request(path).GET().build(), BodyHandlers.ofByteArray());
  }

  /**
   * Posts a form of the page with one file, which is made as it is sent.
   *
   * @param fields the form's other fields, in order, its button among them
   * @param fileField the name of the file input
   * @param size how many bytes the file has
   * @param content opens the file's bytes
   */
  public HttpResponse<String> upload(
      String path,
      Map<String, String> fields,
      String fileField,
      String fileName,
      long size,
      Supplier<InputStream> content)
      throws IOException, InterruptedException {
    var boundary = "----cheongnabi" + UUID.randomUUID();
    var head = new StringBuilder();
    for (var field : fields.entrySet()) {
      head.append("--")
          .append(boundary)
          .append("\r\nContent-Disposition: form-data; name=\"")
          .append(field.getKey())
          .append("\"\r\n\r\n")
          .append(field.getValue())
          .append("\r\n");
    }
    head.append("--")
        .append(boundary)
        .append("\r\nContent-Disposition: form-data; name=\"")
        .append(fileField)
        .append("\"; filename=\"")
        .append(fileName)
        .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
    var tail = "\r\n--" + boundary + "--\r\n";
    var body =
        BodyPublishers.concat(
            BodyPublishers.ofByteArray(head.toString().getBytes(StandardCharsets.UTF_8)),
            size == 0
                ? BodyPublishers.noBody()
                : BodyPublishers.fromPublisher(BodyPublishers.ofInputStream(content), size),
            BodyPublishers.ofByteArray(tail.getBytes(StandardCharsets.UTF_8)));
    return send(
        request(path)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(body)
            .build(),
        BodyHandlers.ofString());
  }

  /**
   * The fields of a Faces form of the page posted by one of its buttons: its hidden fields (the
   * form's name, the view state, the page's CSP nonce) and the button.
   */
  public static Map<String, String> formFields(String page, String formId, String button) {
    var start = page.indexOf("<form id=\"" + formId + "\"");
    if (start < 0) {
      throw new IllegalStateException("no form " + formId);
    }
    var form = page.substring(start, page.indexOf("</form>", start));
    var fields = new LinkedHashMap<String, String>();
    var hidden = HIDDEN.matcher(form);
    while (hidden.find()) {
      var input = hidden.group();
      fields.put(attribute(input, "name"), attribute(input, "value"));
    }
    // What PrimeFaces' script adds to every form of a page that carries a CSP nonce.
    var nonce = NONCE.matcher(page);
    if (nonce.find()) {
      fields.put("primefaces.nonce", nonce.group(1));
    }
    fields.put(button, "");
    return fields;
  }

  private static String attribute(String input, String name) {
    var value = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(input);
    return value.find() ? value.group(1).replace("&amp;", "&") : "";
  }

  private HttpRequest.Builder request(String path) {
    // English pages, so that tests can read the messages as the English bundle words them.
    return HttpRequest.newBuilder(URI.create(site + path))
        .header("Accept-Language", "en")
        .timeout(Duration.ofSeconds(120));
  }

  private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
      throws IOException, InterruptedException {
    return http.send(request, handler);
  }
}
