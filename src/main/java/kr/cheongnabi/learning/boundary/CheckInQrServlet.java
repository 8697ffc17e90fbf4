package kr.cheongnabi.learning.boundary;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import kr.cheongnabi.learning.control.Sessions;
import kr.cheongnabi.platform.control.BusinessException;

/**
 * The QR code of the check-in address with the current code, as SVG, drawn here from ZXing's
 * matrix: no outside service ever sees the code. Under /trainer/, so only trainers get it.
 */
@WebServlet("/trainer/checkin-qr")
public class CheckInQrServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject Sessions sessions;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long sessionId;
    String code;
    try {
      sessionId = Long.parseLong(request.getParameter("session"));
      code = sessions.checkInCode(sessionId);
    } catch (NumberFormatException | BusinessException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    var address =
        request.getRequestURL().toString().replace(request.getServletPath(), "")
            + "/me/checkin.xhtml?session="
            + sessionId
            + "&code="
            + code;
    response.setContentType("image/svg+xml");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.getOutputStream().write(svg(address).getBytes(StandardCharsets.UTF_8));
  }

  static String svg(String text) {
    try {
      var matrix =
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.MARGIN,
                      4,
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M));
      var path = new StringBuilder();
      for (int y = 0; y < matrix.getHeight(); y++) {
        for (int x = 0; x < matrix.getWidth(); x++) {
          if (matrix.get(x, y)) {
            path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
          }
        }
      }
      return ("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\""
              + " shape-rendering=\"crispEdges\"><rect width=\"100%%\" height=\"100%%\""
              + " fill=\"#fff\"/><path fill=\"#000\" d=\"%s\"/></svg>")
          .formatted(matrix.getWidth(), matrix.getHeight(), path);
    } catch (WriterException e) {
      throw new IllegalStateException("A check-in address always fits a QR code", e);
    }
  }
}
