package kr.cheongnabi.survey.entity;

import java.util.Locale;

/**
 * How an item is answered, and the answers it takes: a Likert item its points 1 to 5 or 1 to 7 (1 =
 * strongly disagree), a yes/no item 1 (yes) or 0 (no), an experience item 1 (experienced) or 0 (not
 * experienced).
 */
public enum Scale {
  LIKERT5(1, 5),
  LIKERT7(1, 7),
  YESNO(0, 1),
  EXPERIENCED(0, 1);

  private final int lowest;
  private final int highest;

  Scale(int lowest, int highest) {
    this.lowest = lowest;
    this.highest = highest;
  }

  /**
   * The name in survey files: {@code likert5}, {@code likert7}, {@code yesno}, {@code experienced}.
   */
  public String fileName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public int lowest() {
    return lowest;
  }

  public int highest() {
    return highest;
  }

  public boolean accepts(int answer) {
    return answer >= lowest && answer <= highest;
  }

  /**
   * The points, 0 to 100, of an answer. A Likert item scores its place on the scale, (a − 1) / (k −
   * 1) × 100; yes scores 100 and no 0; having experienced corruption scores 0 and not 100. A
   * reversed item (worded so that agreeing or "yes" speaks against integrity) scores 100 minus
   * that.
   */
  public double points(int answer, boolean reversed) {
    if (!accepts(answer)) {
      throw new IllegalArgumentException(fileName() + " takes " + lowest + " to " + highest);
    }
    double points =
        switch (this) {
          case LIKERT5, LIKERT7 -> (answer - lowest) * 100.0 / (highest - lowest);
          case YESNO -> answer == 1 ? 100 : 0;
          case EXPERIENCED -> answer == 1 ? 0 : 100;
        };
    return reversed ? 100 - points : points;
  }

  /** The scale a file names, or null. */
  public static Scale ofFileName(String name) {
    for (Scale scale : values()) {
      if (scale.fileName().equals(name)) {
        return scale;
      }
    }
    return null;
  }
}
