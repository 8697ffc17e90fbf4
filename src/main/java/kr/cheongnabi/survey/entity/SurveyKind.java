package kr.cheongnabi.survey.entity;

/**
 * Whom a survey asks: the organisation's own employees (internal integrity), or citizens and firms
 * that dealt with it (external integrity), invited by one-time codes.
 */
public enum SurveyKind {
  INTERNAL,
  EXTERNAL
}
