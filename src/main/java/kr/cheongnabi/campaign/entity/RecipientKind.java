package kr.cheongnabi.campaign.entity;

/** Who a recipient is: an employee, or someone outside HR's roster, with their consent. */
public enum RecipientKind {
  EMPLOYEE,
  CONTRACTOR,
  PARENT,
  OTHER
}
