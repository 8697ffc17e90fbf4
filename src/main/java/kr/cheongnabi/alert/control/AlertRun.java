package kr.cheongnabi.alert.control;

import java.io.Serializable;

/**
 * What one run of the integrity alerts did: alerts sent, alerts that failed (tried again on the
 * next run), and alerts skipped because another instance had them or the recipient has no email.
 */
public record AlertRun(int sent, int failed, int skipped) implements Serializable {

  AlertRun plus(AlertRun other) {
    return new AlertRun(sent + other.sent, failed + other.failed, skipped + other.skipped);
  }
}
