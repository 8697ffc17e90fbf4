package kr.cheongnabi.survey.entity;

import java.io.Serializable;
import java.util.List;
import kr.cheongnabi.platform.entity.Bilingual;

/** An area of a survey (organisational culture, personnel management, …) and its items. */
public record SurveyArea(String key, Bilingual title, double weight, List<SurveyItem> items)
    implements Serializable {

  public SurveyArea {
    items = List.copyOf(items);
  }
}
