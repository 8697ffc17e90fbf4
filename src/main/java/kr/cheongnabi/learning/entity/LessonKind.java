package kr.cheongnabi.learning.entity;

/** What a lesson is made of. */
public enum LessonKind {
  /** Formatted text, in Korean and English. */
  TEXT,
  /** An uploaded PDF or video. */
  FILE,
  /** An http(s) address, opened in a new tab. */
  LINK
}
