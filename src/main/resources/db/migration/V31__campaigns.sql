-- Integrity alert campaigns (issue 14): a message with a pledge, sent to the staff of duty areas
-- prone to corruption, to units, to senior officials or to external recipients who consented;
-- each mail is claimed once per recipient and stage across instances, within a daily limit.

CREATE TABLE campaign (
  id BIGINT NOT NULL AUTO_INCREMENT,
  title VARCHAR(200) NOT NULL,
  -- Sanitized when shown: the officer's rich text is kept as written.
  message_ko TEXT NOT NULL,
  message_en TEXT NOT NULL,
  pledge_ko VARCHAR(500) NOT NULL,
  pledge_en VARCHAR(500) NOT NULL,
  channels_ko TEXT NOT NULL,
  channels_en TEXT NOT NULL,
  -- A published case of the case library, or NULL.
  case_key VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
  -- The recipients: duty area codes and unit ids separated by commas, and the senior officials.
  duty_areas VARCHAR(500) CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT '',
  unit_ids VARCHAR(2000) CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT '',
  senior_officials BOOLEAN NOT NULL DEFAULT FALSE,
  -- NOW, ON_DATE (send_on), BEFORE_SEOLLAL or BEFORE_CHUSEOK (every year, a week before).
  schedule VARCHAR(16) NOT NULL,
  send_on DATE NULL,
  -- Days after a round's sending when those who have not pledged get one reminder; NULL: none.
  remind_after_days INT NULL,
  created_by VARCHAR(64) NOT NULL,
  created_at DATETIME(3) NOT NULL,
  cancelled_at DATETIME(3) NULL,
  version BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The external recipients HR uploaded for a campaign, with their consent.
CREATE TABLE campaign_external (
  id BIGINT NOT NULL AUTO_INCREMENT,
  campaign_id BIGINT NOT NULL,
  email VARCHAR(254) NOT NULL,
  name VARCHAR(100) NOT NULL,
  kind VARCHAR(16) NOT NULL,
  locale CHAR(2) CHARACTER SET ascii NOT NULL,
  consent_at DATETIME NOT NULL,
  consent_how VARCHAR(200) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_campaign_external UNIQUE (campaign_id, email),
  CONSTRAINT fk_campaign_external FOREIGN KEY (campaign_id) REFERENCES campaign (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who a round of a campaign reached (round: the year of its sending), fixed when the round
-- starts, with their unit and duty areas then, and what they did with the link.
CREATE TABLE campaign_recipient (
  id BIGINT NOT NULL AUTO_INCREMENT,
  campaign_id BIGINT NOT NULL,
  round INT NOT NULL,
  email VARCHAR(254) NOT NULL,
  name VARCHAR(100) NOT NULL,
  kind VARCHAR(16) NOT NULL,
  employee_id BIGINT NULL,
  org_unit_id BIGINT NULL,
  duty_areas VARCHAR(500) CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT '',
  locale CHAR(2) CHARACTER SET ascii NOT NULL,
  opened_at DATETIME(3) NULL,
  pledged_at DATETIME(3) NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_campaign_recipient UNIQUE (campaign_id, round, email),
  CONSTRAINT fk_campaign_recipient FOREIGN KEY (campaign_id) REFERENCES campaign (id),
  INDEX ix_campaign_recipient_unit (campaign_id, round, org_unit_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per mail: inserting it claims the mail for one instance (the unique key lets one insert
-- win); FAILED ones are claimed again by a later run, up to five attempts.
CREATE TABLE campaign_mail (
  id BIGINT NOT NULL AUTO_INCREMENT,
  recipient_id BIGINT NOT NULL,
  stage VARCHAR(16) NOT NULL,
  state VARCHAR(16) NOT NULL,
  attempts INT NOT NULL DEFAULT 1,
  claimed_at DATETIME(3) NOT NULL,
  sent_at DATETIME(3) NULL,
  failure VARCHAR(1000) NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_campaign_mail UNIQUE (recipient_id, stage),
  CONSTRAINT fk_campaign_mail FOREIGN KEY (recipient_id) REFERENCES campaign_recipient (id),
  INDEX ix_campaign_mail_state (state, stage)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- How many campaign mails were claimed on a day (Korea), against the daily limit: one conditional
-- update per claim keeps the count exact with several instances.
CREATE TABLE campaign_daily_volume (
  day DATE NOT NULL,
  claimed INT NOT NULL,
  PRIMARY KEY (day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
