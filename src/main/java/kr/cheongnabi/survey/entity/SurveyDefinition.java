package kr.cheongnabi.survey.entity;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import kr.cheongnabi.platform.entity.Bilingual;

/** A survey as its file describes it: what it asks, of whom, and how answers become points. */
public record SurveyDefinition(
    String key, SurveyKind kind, Bilingual title, Bilingual intro, List<SurveyArea> areas)
    implements Serializable {

  public SurveyDefinition {
    areas = List.copyOf(areas);
  }

  /** Every item, in the order of the survey. */
  public List<SurveyItem> items() {
    return areas.stream().flatMap(a -> a.items().stream()).toList();
  }

  public Optional<SurveyItem> item(int number) {
    return items().stream().filter(i -> i.number() == number).findFirst();
  }
}
