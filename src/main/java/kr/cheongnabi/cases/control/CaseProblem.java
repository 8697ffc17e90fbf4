package kr.cheongnabi.cases.control;

import java.io.Serializable;

/**
 * Something to fix before a case can be stored.
 *
 * @param field the part that is wrong, e.g. {@code situationKo}; a key of the cases.field texts
 * @param reason why, e.g. {@code required}; a key of the cases.reason texts
 */
public record CaseProblem(String field, String reason) implements Serializable {

  public static final String REQUIRED = "required";
  public static final String TOO_LONG = "tooLong";
}
