package kr.cheongnabi.cases.entity;

/** Where a case was last written. */
public enum CaseOrigin {
  /** A case file of the application, loaded at start-up. */
  FILE,
  /** The trainer's editor. */
  EDITOR
}
