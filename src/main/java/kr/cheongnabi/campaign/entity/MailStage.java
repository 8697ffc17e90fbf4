package kr.cheongnabi.campaign.entity;

/** The mails of a campaign to a recipient: the message, and once a reminder to pledge. */
public enum MailStage {
  MESSAGE,
  REMINDER
}
