package kr.cheongnabi.ledger.control;

import java.io.Serializable;

/**
 * A month's total over all units ({@code ledger_month_total}) that is not what the entries of the
 * month add up to. Months are kept per unit the employee belonged to when credited, which the
 * entries do not record, so they are compared summed over the units.
 */
public record MonthDisagreement(int year, int month, long stored, long computed)
    implements Serializable {}
