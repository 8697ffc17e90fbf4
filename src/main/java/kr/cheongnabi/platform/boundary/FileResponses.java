package kr.cheongnabi.platform.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import kr.cheongnabi.platform.control.FileStore;
import kr.cheongnabi.platform.entity.StoredFile;

/**
 * Sends a stored file to the browser, shown in the page rather than downloaded, streamed a chunk at
 * a time, with byte ranges so that a video can seek. The caller has checked who may see it.
 *
 * <p>A lesson's PDF is shown in its page (an object on me/module.xhtml), so it cannot be a
 * download; its policy adds {@code sandbox} instead: the PDF is a document of no origin, and a
 * script in it (an /OpenAction) could reach nothing of this site, neither its cookies nor its
 * pages. Chromium's viewer shows a sandboxed PDF, in the page and on its own.
 */
public final class FileResponses {

  /** The policy of responses that are not pages, in a sandbox of no origin. */
  static final String SANDBOXED_POLICY = "sandbox; " + SecurityHeadersFilter.NOT_A_PAGE_POLICY;

  private FileResponses() {}

  public static void send(
      HttpServletRequest request,
      HttpServletResponse response,
      StoredFile file,
      FileStore store,
      boolean withBody)
      throws IOException {
    var etag = "\"" + file.getSha256() + "\"";
    response.setHeader("ETag", etag);
    response.setHeader("Accept-Ranges", "bytes");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "private, no-cache");
    response.setHeader("Content-Security-Policy", SANDBOXED_POLICY);
    response.setHeader("Content-Disposition", inline(file.getOriginalName()));
    response.setContentType(file.getContentType());
    if (etag.equals(request.getHeader("If-None-Match"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    var ifRange = request.getHeader("If-Range");
    var header = ifRange == null || ifRange.equals(etag) ? request.getHeader("Range") : null;
    var range = ByteRange.requested(header, file.getSize());
    if (range.isEmpty()) {
      response.setHeader("Content-Range", "bytes */" + file.getSize());
      response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
      return;
    }
    var sent = range.get();
    if (sent.partial()) {
      response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
      response.setHeader("Content-Range", sent.contentRange(file.getSize()));
    }
    response.setContentLengthLong(sent.length());
    if (withBody && sent.length() > 0) {
      store.copy(file, sent.first(), sent.last(), response.getOutputStream());
    }
  }

  /**
   * {@code inline} with the name twice: an ASCII-only one for old clients, and the real one encoded
   * as RFC 6266 says, so no quote, line break or non-ASCII letter reaches the header as it is.
   */
  static String inline(String name) {
    return disposition("inline", name);
  }

  /** The same for a file to save rather than show, e.g. an export. */
  public static String attachment(String name) {
    return disposition("attachment", name);
  }

  private static String disposition(String type, String name) {
    var ascii = new StringBuilder();
    name.codePoints()
        .forEach(
            c ->
                ascii.append(
                    c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != ';' ? (char) c : '_'));
    var encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
