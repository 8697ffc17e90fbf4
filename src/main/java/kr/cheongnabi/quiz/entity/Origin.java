package kr.cheongnabi.quiz.entity;

/** Where a version of a quiz came from. */
public enum Origin {
  /** A file of the quizzes folder, loaded at start-up. */
  FILE,
  /** A GIFT file a trainer uploaded. */
  UPLOAD,
  /** The quiz editor of the trainer pages. */
  EDITOR
}
