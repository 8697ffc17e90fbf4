package kr.cheongnabi.survey.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.entity.Bilingual;
import kr.cheongnabi.survey.control.AnswerOptions;
import kr.cheongnabi.survey.control.Figures;
import kr.cheongnabi.survey.control.SurveyPoints;
import kr.cheongnabi.survey.control.SurveyResults;
import kr.cheongnabi.survey.control.SurveyResults.AreaFigure;
import kr.cheongnabi.survey.control.SurveyResults.Results;
import kr.cheongnabi.survey.control.UnitRollUp;
import kr.cheongnabi.survey.entity.SurveyItem;

/**
 * hr/survey-results.xhtml?round=ID: a round's response rates (by unit, or by group of external
 * respondents), points overall and per area beside last year's as a chart and a table, points by
 * unit, and the distribution of every item's answers.
 */
@Named
@RequestScoped
public class SurveyResultsBacking {

  /** One answer of an item: its label, how many gave it and their share in percent. */
  public record Cell(String labelKey, long count, double percent) {}

  /** An item with its mean points and its answers. */
  public record ItemRow(int number, Bilingual text, String points, List<Cell> cells) {}

  @Inject SurveyResults results;

  private Long round;
  private Results shown;
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
    items = new ArrayList<>();
    for (SurveyItem item : shown.survey().items()) {
      long n = shown.counts().answered(item.number());
      List<Cell> cells =
          AnswerOptions.of(item).stream()
              .map(
                  o -> {
                    long c = shown.counts().count(item.number(), o.value());
                    return new Cell(o.labelKey(), c, Figures.percent(c, n));
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
    return shown != null && shown.enough();
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

  /** Whether last year's round of the survey is there to compare with. */
  public boolean isLastYearShown() {
    return shown.lastYear().isPresent();
  }

  public int getYear() {
    return shown.round().getYear();
  }

  /** The year as the page's messages print it (2026, not 2,026). */
  public String getYearText() {
    return String.valueOf(getYear());
  }

  /** The response rate with one decimal, as shown. */
  public String getRate() {
    return Figures.oneDecimal(shown.rate()).toPlainString();
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

  public List<AreaFigure> getAreas() {
    return shown.areaFigures();
  }

  public List<ItemRow> getItems() {
    return items;
  }
}
