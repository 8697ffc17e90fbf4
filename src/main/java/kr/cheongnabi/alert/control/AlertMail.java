package kr.cheongnabi.alert.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import kr.cheongnabi.alert.entity.AlertRecipient;
import kr.cheongnabi.ledger.control.Hours;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.control.PublicAddress;

/**
 * The subject and text of an integrity alert in the recipient's language: the training, its
 * minutes, the due date as the reader writes dates, a link to the training for the employee, and
 * for the unit head whose training it is.
 */
public record AlertMail(String subject, String body) {

  /**
   * @param publicUrl the address people use (PUBLIC_URL); without it the mail has no link
   */
  public static AlertMail of(DueAlert alert, Optional<String> publicUrl) {
    var locale = alert.locale();
    var due = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    var date = due.format(alert.dueDate());
    var hours = Hours.of(alert.minutes()).text(locale);
    var head = alert.recipient() == AlertRecipient.UNIT_HEAD;
    var kind = head ? "head" : alert.stage().name();
    var subject =
        Messages.format(
            locale, "alert.mail.subject." + kind, alert.title(), date, alert.employeeName());
    var body =
        new StringBuilder(
            Messages.format(
                locale,
                "alert.mail.body." + kind,
                alert.employeeName(),
                alert.title(),
                hours,
                date,
                alert.minutes()));
    if (!head) {
      publicUrl
          .map(base -> PublicAddress.of(base, path(alert)))
          .ifPresent(
              link -> body.append("\n\n").append(Messages.format(locale, "alert.mail.link", link)));
    }
    body.append("\n\n").append(Messages.format(locale, "alert.mail.signature"));
    return new AlertMail(subject, body.toString());
  }

  private static String path(DueAlert alert) {
    return alert.moduleKey() == null
        ? "me/sessions.xhtml"
        : "me/module.xhtml?module=" + URLEncoder.encode(alert.moduleKey(), StandardCharsets.UTF_8);
  }
}
