package kr.cheongnabi.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SMTP server the application sends mail through, configured like the database: MAIL_HOST,
 * MAIL_PORT, MAIL_FROM, MAIL_USER, MAIL_PASSWORD and MAIL_TLS (STARTTLS, the default; SSL; or
 * NONE). Without MAIL_HOST nothing is sent and callers are told so.
 */
@ApplicationScoped
public class MailServer {

  /** Why a mail was not sent when MAIL_HOST is not set. */
  public static final String NOT_CONFIGURED = "mail not configured";

  /** How the connection to the SMTP server is protected. */
  public enum Security {
    NONE(25),
    STARTTLS(587),
    SSL(465);

    final int defaultPort;

    Security(int defaultPort) {
      this.defaultPort = defaultPort;
    }
  }

  @Inject
  @ConfigProperty(name = "mail.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "mail.port")
  Optional<Integer> port;

  @Inject
  @ConfigProperty(name = "mail.from")
  Optional<String> from;

  @Inject
  @ConfigProperty(name = "mail.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "mail.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "mail.tls", defaultValue = "STARTTLS")
  String tls;

  public boolean configured() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  /** Sends a plain-text UTF-8 mail; throws when the server does not take it. */
  public void send(String to, String subject, String text, Instant at) throws MessagingException {
    if (!configured()) {
      throw new MessagingException(NOT_CONFIGURED);
    }
    var sender =
        from.filter(f -> !f.isBlank())
            .orElseThrow(() -> new MessagingException("MAIL_FROM is not set"));
    var security = Security.valueOf(tls.trim().toUpperCase(Locale.ROOT));
    var session =
        Session.getInstance(
            properties(host.get().trim(), port, security, user.isPresent()), authenticator());
    var message = new MimeMessage(session);
    message.setFrom(new InternetAddress(sender, true));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
    message.setSubject(subject, "UTF-8");
    message.setText(text, "UTF-8");
    message.setSentDate(Date.from(at));
    Transport.send(message);
  }

  private Authenticator authenticator() {
    if (user.isEmpty()) {
      return null;
    }
    return new Authenticator() {
      @Override
      protected PasswordAuthentication getPasswordAuthentication() {
        return new PasswordAuthentication(user.get(), password.orElse(""));
      }
    };
  }

  /**
   * The session properties. Timeouts are short so that a server that hangs holds up a run for
   * seconds, not for ever; STARTTLS is required when asked for, never silently skipped.
   */
  static Properties properties(
      String host, Optional<Integer> port, Security security, boolean authenticate) {
    var props = new Properties();
    var protocol = security == Security.SSL ? "smtps" : "smtp";
    var prefix = "mail." + protocol + ".";
    props.setProperty("mail.transport.protocol", protocol);
    props.setProperty(prefix + "host", host);
    props.setProperty(prefix + "port", Integer.toString(port.orElse(security.defaultPort)));
    props.setProperty(prefix + "auth", Boolean.toString(authenticate));
    props.setProperty(prefix + "connectiontimeout", "10000");
    props.setProperty(prefix + "timeout", "20000");
    props.setProperty(prefix + "writetimeout", "20000");
    if (security == Security.STARTTLS) {
      props.setProperty(prefix + "starttls.enable", "true");
      props.setProperty(prefix + "starttls.required", "true");
    }
    if (security != Security.NONE) {
      props.setProperty(prefix + "ssl.checkserveridentity", "true");
    }
    return props;
  }
}
