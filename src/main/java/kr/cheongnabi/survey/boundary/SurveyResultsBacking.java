package kr.cheongnabi.survey.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.entity.Bilingual;
import kr.cheongnabi.survey.control.SurveyPoints;
import kr.cheongnabi.survey.control.SurveyResults;
import kr.cheongnabi.survey.control.SurveyResults.Results;
import kr.cheongnabi.survey.control.UnitRollUp;
import kr.cheongnabi.survey.entity.SurveyArea;
import kr.cheongnabi.survey.entity.SurveyItem;

/**
 * hr/survey-results.xhtml?round=ID: a round's response rates, points (this year beside last year's)
 * and the distribution of every item's answers.
 */
@Named
@RequestScoped
public class SurveyResultsBacking {

  /** An area's points this year and last year, as shown and as bar lengths. */
  public record AreaRow(
      Bilingual title, String points, double share, String lastYear, double lastShare) {}

  /** One answer of an item: its label, how many gave it and their share in percent. */
  public record Cell(String labelKey, long count, double percent) {}

  /** An item with its mean points and its answers. */
  public record ItemRow(int number, Bilingual text, String points, List<Cell> cells) {}

  @Inject SurveyResults results;
  @Inject SurveyOptions options;

  private Long round;
  private Results shown;
  private List<AreaRow> areas;
  private List<ItemRow> items;

  public void load() {
    if (round == null) {
      return;
    }
    try {
      shown = results.of(round);
    } catch (BusinessException e) {
      Messages.error(e);
      return;
    }
    areas = new ArrayList<>();
    for (SurveyArea area : shown.survey().areas()) {
      double now = shown.points().areas().get(area.key());
      double before =
          shown
              .lastYear()
              .map(p -> p.areas().getOrDefault(area.key(), Double.NaN))
              .orElse(Double.NaN);
      areas.add(
          new AreaRow(
              area.title(),
              SurveyPoints.shown(now),
              Double.isNaN(now) ? 0 : now,
              SurveyPoints.shown(before),
              Double.isNaN(before) ? 0 : before));
    }
    items = new ArrayList<>();
    for (SurveyItem item : shown.survey().items()) {
      long n = shown.counts().answered(item.number());
      List<Cell> cells =
          options.of(item).stream()
              .map(
                  o -> {
                    long c = shown.counts().count(item.number(), o.value());
                    return new Cell(
                        o.labelKey(), c, n == 0 ? 0 : Math.round(c * 1000.0 / n) / 10.0);
                  })
              .toList();
      items.add(
          new ItemRow(
              item.number(),
              item.text(),
              SurveyPoints.shown(shown.counts().meanPoints(item)),
              cells));
    }
  }

  /** Whether the whole round has enough answers to show figures at all. */
  public boolean isEnough() {
    return shown != null && shown.responses() >= UnitRollUp.MINIMUM;
  }

  public int getMinimum() {
    return UnitRollUp.MINIMUM;
  }

  public String getOverall() {
    return SurveyPoints.shown(shown.points().overall());
  }

  public String getLastYearOverall() {
    return shown.lastYear().map(p -> SurveyPoints.shown(p.overall())).orElse(null);
  }

  public double getRate() {
    return shown.asked() == 0 ? 0 : Math.round(shown.answered() * 1000.0 / shown.asked()) / 10.0;
  }

  public Long getRound() {
    return round;
  }

  public void setRound(Long round) {
    this.round = round;
  }

  public Results getShown() {
    return shown;
  }

  public List<AreaRow> getAreas() {
    return areas;
  }

  public List<ItemRow> getItems() {
    return items;
  }
}
