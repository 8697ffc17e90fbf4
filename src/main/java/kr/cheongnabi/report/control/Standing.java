package kr.cheongnabi.report.control;

/** Where an employee stands in a training year against what they owe. */
public enum Standing {
  /** Credited at least what is owed (the target, or its share). */
  MET_TARGET,
  /** Credited at least the legal floor (or its share) but less than the target. */
  FLOOR_ONLY,
  /** Credited less than the legal floor. */
  BELOW_FLOOR,
  /** Nothing is owed this year, e.g. on leave or dispatched the whole year. */
  NOT_OWED;

  public static Standing of(int owedMinutes, int floorMinutes, long creditedMinutes) {
    if (owedMinutes <= 0) {
      return NOT_OWED;
    }
    if (creditedMinutes >= owedMinutes) {
      return MET_TARGET;
    }
    return creditedMinutes >= floorMinutes ? FLOOR_ONLY : BELOW_FLOOR;
  }
}
