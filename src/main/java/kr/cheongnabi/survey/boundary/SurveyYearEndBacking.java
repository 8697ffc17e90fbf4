package kr.cheongnabi.survey.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import kr.cheongnabi.platform.boundary.LocaleBacking;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.entity.Bilingual;
import kr.cheongnabi.platform.entity.TrainingYear;
import kr.cheongnabi.survey.control.Rounds;
import kr.cheongnabi.survey.control.SurveyYearEnd;
import kr.cheongnabi.survey.control.UnitRollUp;
import kr.cheongnabi.survey.control.YearEnd;
import kr.cheongnabi.survey.entity.SurveyKind;
import kr.cheongnabi.survey.entity.SurveyRound;

/**
 * hr/survey-year-end.xhtml?year=Y: the year's integrity survey figures for the year-end report, the
 * internal and the external round side by side with the year before; where a year has more than one
 * round of a kind, HR chooses which ({@code internal}, {@code external}).
 */
@Named
@ViewScoped
public class SurveyYearEndBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A round to choose: its id, its survey's title and its first day. */
  public record Choice(long id, Bilingual title, LocalDate startsOn) implements Serializable {}

  @Inject SurveyYearEnd yearEnd;
  @Inject Rounds rounds;
  @Inject LocaleBacking localeBacking;
  @Inject Clock clock;

  private Integer year;
  private Long internal;
  private Long external;
  private List<Integer> years;
  private List<Choice> internalRounds;
  private List<Choice> externalRounds;
  private List<String> headings;
  private List<YearEnd.Line> lines;
  private boolean noRound;

  public void load() {
    if (year == null) {
      year = LocalDate.now(clock.withZone(TrainingYear.KOREA)).getYear();
    }
    var known = new TreeSet<Integer>(Comparator.reverseOrder());
    rounds.all().forEach(r -> known.add(r.getYear()));
    known.add(year);
    years = List.copyOf(known);
    show();
  }

  /** Shows the chosen year (its first round of each kind) or the chosen rounds of the year. */
  public void changeYear() {
    internal = null;
    external = null;
    show();
  }

  public void show() {
    internalRounds = choices(SurveyKind.INTERNAL);
    externalRounds = choices(SurveyKind.EXTERNAL);
    try {
      YearEnd summary = yearEnd.of(year, internal, external);
      internal = summary.internal().map(s -> s.now().round().getId()).orElse(null);
      external = summary.external().map(s -> s.now().round().getId()).orElse(null);
      noRound = summary.internal().isEmpty() && summary.external().isEmpty();
      headings = summary.headings(Messages::text);
      lines = summary.lines(localeBacking.getLocale(), Messages::text);
    } catch (BusinessException e) {
      Messages.error(e);
      lines = List.of();
      noRound = true;
    }
  }

  private List<Choice> choices(SurveyKind kind) {
    return yearEnd.rounds(year, kind).stream()
        .map(
            (SurveyRound r) ->
                new Choice(r.getId(), r.getSurveyVersion().getTitle(), r.getStartsOn()))
        .toList();
  }

  /** The year as the page's messages print it (2026, not 2,026). */
  public String getYearText() {
    return String.valueOf(year);
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public Long getInternal() {
    return internal;
  }

  public void setInternal(Long internal) {
    this.internal = internal;
  }

  public Long getExternal() {
    return external;
  }

  public void setExternal(Long external) {
    this.external = external;
  }

  public List<Integer> getYears() {
    return years;
  }

  public List<Choice> getInternalRounds() {
    return internalRounds;
  }

  public List<Choice> getExternalRounds() {
    return externalRounds;
  }

  public List<String> getHeadings() {
    return headings;
  }

  public List<YearEnd.Line> getLines() {
    return lines;
  }

  /** The notes on how each figure is counted (message keys survey.yearEnd.note.*). */
  public List<String> getNotes() {
    return YearEnd.NOTES;
  }

  public int getMinimum() {
    return UnitRollUp.MINIMUM;
  }

  /** Whether the year has no round at all. */
  public boolean isNoRound() {
    return noRound;
  }
}
