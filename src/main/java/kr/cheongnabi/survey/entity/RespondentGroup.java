package kr.cheongnabi.survey.entity;

/** The dealings an external respondent had with the organisation, as their code says. */
public enum RespondentGroup {
  CONSTRUCTION,
  PROCUREMENT,
  SUBSIDY,
  COMPLAINT
}
