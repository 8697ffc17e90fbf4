package kr.cheongnabi.followup.control;

import java.io.Serializable;
import kr.cheongnabi.report.control.EmployeeGap;

/**
 * One person of a follow-up round: their gap, the minutes of follow-up training they were assigned
 * already and have not done yet, and what is proposed on top.
 */
public record PersonProposal(EmployeeGap gap, int assignedMinutes, Proposal proposal)
    implements Serializable {}
