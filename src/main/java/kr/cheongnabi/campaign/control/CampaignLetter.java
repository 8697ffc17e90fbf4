package kr.cheongnabi.campaign.control;

import java.util.Locale;
import kr.cheongnabi.campaign.entity.Campaign;
import kr.cheongnabi.campaign.entity.MailStage;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.entity.Bilingual;
import kr.cheongnabi.quiz.control.RichText;
import kr.cheongnabi.quiz.control.TextFormat;

/**
 * The subject and text of a campaign mail in the recipient's language: the message as plain text
 * (the mail is plain text, as the integrity alerts' are), the pledge sentence, the reporting
 * channels, the title of the included case, and the one-tap link to read it all and pledge.
 */
public record CampaignLetter(String subject, String body) {

  public static CampaignLetter of(
      Campaign campaign,
      MailStage stage,
      String name,
      String language,
      String link,
      Bilingual caseTitle) {
    var locale = Locale.forLanguageTag(language);
    var subject =
        Messages.format(
            locale,
            stage == MailStage.REMINDER ? "campaign.mail.reminderSubject" : "campaign.mail.subject",
            campaign.getTitle());
    var body = new StringBuilder(Messages.format(locale, "campaign.mail.greeting", name));
    if (stage == MailStage.REMINDER) {
      body.append("\n\n").append(Messages.format(locale, "campaign.mail.reminder"));
    }
    body.append("\n\n").append(plain(campaign.getMessage().in(language)));
    body.append("\n\n")
        .append(Messages.format(locale, "campaign.mail.pledge", campaign.getPledge().in(language)));
    body.append("\n\n")
        .append(Messages.format(locale, "campaign.mail.channels"))
        .append('\n')
        .append(plain(campaign.getChannels().in(language)));
    if (caseTitle != null) {
      var title = caseTitle.in(language) == null ? caseTitle.ko() : caseTitle.in(language);
      body.append("\n\n").append(Messages.format(locale, "campaign.mail.case", title));
    }
    body.append("\n\n").append(Messages.format(locale, "campaign.mail.link", link));
    body.append("\n\n").append(Messages.format(locale, "alert.mail.signature"));
    return new CampaignLetter(subject, body.toString());
  }

  /** The sanitized HTML of a rich text as readable plain text: blocks and breaks become lines. */
  static String plain(String richText) {
    var html = new RichText(richText, TextFormat.HTML).html();
    var text =
        html.replaceAll("(?i)<br\\s*/?>", "\n")
            .replaceAll("(?i)</(p|div|li|h[1-6]|tr|blockquote)>", "\n")
            .replaceAll("(?i)<li[^>]*>", "- ")
            .replaceAll("<[^>]*>", "")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#34;", "\"")
            .replace("&#39;", "'")
            .replace("&#61;", "=")
            .replace("&#64;", "@")
            .replace("&#43;", "+")
            .replace("&nbsp;", " ")
            .replace("&amp;", "&");
    return text.replaceAll("\n{3,}", "\n\n").strip();
  }
}
