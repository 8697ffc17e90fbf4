package kr.cheongnabi.alert.entity;

/**
 * Where an integrity alert stands. CLAIMED: an instance took it and is sending it (a CLAIMED row
 * that stays is a send that died half-way: shown to HR, never resent by itself). SENT: the SMTP
 * server took it. FAILED: it did not (tried again on the next run while its stage lasts).
 * NO_ADDRESS: the employee has no email; nothing to send.
 */
public enum AlertState {
  CLAIMED,
  SENT,
  FAILED,
  NO_ADDRESS
}
