package kr.cheongnabi.learning.entity;

/** A claim is decided once: from SUBMITTED to APPROVED or REJECTED, never back or across. */
public enum ClaimState {
  SUBMITTED,
  APPROVED,
  REJECTED
}
