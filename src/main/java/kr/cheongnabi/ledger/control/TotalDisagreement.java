package kr.cheongnabi.ledger.control;

import java.io.Serializable;

/**
 * An employee's yearly total ({@code ledger_total}) that is not what the entries add up to.
 *
 * @param figure the first figure of the total that disagrees
 * @param stored what the total row says (0 when there is no row)
 * @param computed what the employee's entries of the year add up to
 */
public record TotalDisagreement(
    long employeeId,
    String employeeNumber,
    String employeeName,
    int year,
    Figure figure,
    long stored,
    long computed)
    implements Serializable {

  /**
   * The figures a yearly total keeps: all minutes, the minutes of each {@link
   * kr.cheongnabi.ledger.entity.EntryKind} (in its order), and the number of entries.
   */
  public enum Figure {
    TOTAL,
    ONLINE_MODULE,
    QUIZ,
    IN_PERSON,
    EXTERNAL,
    CORRECTION,
    ENTRIES
  }
}
