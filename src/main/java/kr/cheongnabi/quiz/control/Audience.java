package kr.cheongnabi.quiz.control;

import java.io.Serializable;
import java.util.List;
import kr.cheongnabi.people.control.UnitEntry;
import kr.cheongnabi.platform.entity.Bilingual;

/**
 * Who sees a quiz: everyone, or the employees of the chosen units and of every unit below them.
 *
 * @param version the version of the quiz it was read at: a change must name it
 * @param units the chosen units by code, empty when the quiz is for everyone
 */
public record Audience(
    String quizKey, Bilingual title, long version, boolean everyone, List<UnitEntry> units)
    implements Serializable {

  public Audience {
    units = List.copyOf(units);
  }
}
