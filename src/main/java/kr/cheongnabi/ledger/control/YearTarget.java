package kr.cheongnabi.ledger.control;

import java.io.Serializable;

/**
 * What a year asks of an employee: the target (Seoul's 5 hours) and the legal floor (2 hours under
 * the anti-corruption act), in minutes.
 */
public record YearTarget(int targetMinutes, int floorMinutes) implements Serializable {

  public static final YearTarget DEFAULT = new YearTarget(300, 120);

  public YearTarget {
    if (floorMinutes < 0 || targetMinutes < floorMinutes) {
      throw new IllegalArgumentException(
          "a floor of " + floorMinutes + " and a target of " + targetMinutes + " do not fit");
    }
  }

  public boolean isMetBy(int minutes) {
    return minutes >= targetMinutes;
  }

  public boolean floorMetBy(int minutes) {
    return minutes >= floorMinutes;
  }
}
