package kr.cheongnabi.learning.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import kr.cheongnabi.learning.control.MyEvidenceClaims;
import kr.cheongnabi.platform.boundary.FileResponses;
import kr.cheongnabi.platform.control.BusinessException;

/**
 * A claim's evidence file (the certificate uploaded with it), for its owner and HR only (anyone
 * else is told it does not exist); its type comes from its checked first bytes, and nosniff keeps
 * it that type. It is always a download, never shown in the application's pages: an employee's PDF
 * may carry a script (an /OpenAction), which must not run at this site's address.
 */
@WebServlet("/evidence/certificate")
public class EvidenceFileServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject MyEvidenceClaims claims;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    MyEvidenceClaims.CertificateFile file;
    try {
      file = claims.certificate(Long.parseLong(request.getParameter("claim")));
    } catch (NumberFormatException | BusinessException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType(file.mediaType());
    response.setContentLength(file.content().length);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "private, no-store");
    response.setHeader("Content-Disposition", FileResponses.attachment(file.fileName()));
    response.getOutputStream().write(file.content());
  }
}
