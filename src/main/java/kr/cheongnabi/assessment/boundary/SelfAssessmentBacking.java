package kr.cheongnabi.assessment.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import kr.cheongnabi.assessment.control.AssessmentReport.Figures;
import kr.cheongnabi.assessment.control.AssessmentReport.PersonRow;
import kr.cheongnabi.assessment.control.AssessmentReport.Report;
import kr.cheongnabi.assessment.control.SelfAssessments;
import kr.cheongnabi.assessment.entity.SelfAssessment;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.entity.TrainingYear;
import kr.cheongnabi.quiz.control.QuizResults.AssignedQuiz;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * hr/self-assessment.xhtml?year=Y: the senior officials' self-assessment of a year. Without one, HR
 * opens it (bank, due date, credit); with one, HR changes its due date and credit while it is open,
 * closes it, and reads the report by person, a page at a time, with its counts and exports. The
 * report is read once per year shown and kept in the view while it lives on this instance (about
 * 2,000 short rows for a city), never replicated with the session: read again after a fail-over.
 */
@Named
@ViewScoped
public class SelfAssessmentBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Credited minutes offered when HR switches the credit on: half an hour. */
  static final int DEFAULT_CREDIT_MINUTES = 30;

  @Inject SelfAssessments assessments;
  @Inject Clock clock;

  private Integer year;
  private List<Integer> years;
  private SelfAssessment assessment;
  private AssignedQuiz bank;
  private List<AssignedQuiz> banks;
  private int seniorOfficials;
  private String quizKey;
  private LocalDate dueDate;
  private boolean credits;
  private int creditMinutes = DEFAULT_CREDIT_MINUTES;
  private boolean notCompletedOnly;
  private transient Report report;
  private final PeopleTable table = new PeopleTable();

  /** Shows the year asked for: this year unless a year from 2000 to 9999 is given. */
  public void load() {
    var thisYear = LocalDate.now(clock.withZone(TrainingYear.KOREA)).getYear();
    if (year == null || year < 2000 || year > 9999) {
      year = thisYear;
    }
    var shown = new TreeSet<Integer>();
    shown.add(thisYear);
    shown.add(thisYear + 1);
    shown.add(year);
    assessments.all().forEach(a -> shown.add(a.getYear()));
    years = List.copyOf(shown.descendingSet());
    assessment = assessments.ofYear(year).orElse(null);
    report = null;
    if (assessment == null) {
      banks = assessments.banks();
      seniorOfficials = assessments.seniorOfficials();
      quizKey = banks.isEmpty() ? null : banks.get(0).key();
      dueDate = defaultDueDate();
      credits = false;
      creditMinutes = DEFAULT_CREDIT_MINUTES;
    } else {
      bank = assessments.bank(assessment.getQuizKey()).orElse(null);
      dueDate = assessment.getDueDate();
      credits = assessment.credits();
      creditMinutes = credits ? assessment.getCreditMinutes() : DEFAULT_CREDIT_MINUTES;
      report();
    }
  }

  /** A month from today, but within the year shown when that year has begun. */
  private LocalDate defaultDueDate() {
    var inAMonth = LocalDate.now(clock.withZone(TrainingYear.KOREA)).plusMonths(1);
    var lastDay = LocalDate.of(year, 12, 31);
    return inAMonth.getYear() < year ? LocalDate.of(year, 6, 30) : min(inAMonth, lastDay);
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  public void open() {
    try {
      var opened = assessments.open(year, quizKey, dueDate, credits ? creditMinutes : 0);
      Messages.info(
          "selfAssessment.opened", Integer.toString(year), opened.assigned(), dueDate.toString());
    } catch (BusinessException e) {
      Messages.error(e);
    }
    load();
  }

  public void save() {
    try {
      assessments.change(
          assessment.getId(), assessment.getVersion(), dueDate, credits ? creditMinutes : 0);
      Messages.info("selfAssessment.saved", Integer.toString(year));
    } catch (BusinessException e) {
      Messages.error(e);
    }
    load();
  }

  public void close() {
    assessments.close(assessment.getId());
    Messages.info("selfAssessment.closedNow", Integer.toString(year));
    load();
  }

  /** A new filter starts again at the first page. */
  public void filter() {
    var faces = FacesContext.getCurrentInstance();
    if (faces != null
        && faces.getViewRoot().findComponent("report:people") instanceof DataTable t) {
      t.setFirst(0);
    }
  }

  private Report report() {
    if (report == null && assessment != null) {
      report = assessments.report(year).orElse(null);
    }
    return report;
  }

  private class PeopleTable extends LazyDataModel<PersonRow> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      var shown = report();
      return shown == null ? 0 : shown.rows(notCompletedOnly).size();
    }

    @Override
    public List<PersonRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      var shown = report();
      if (shown == null) {
        return List.of();
      }
      var rows = shown.rows(notCompletedOnly);
      return rows.subList(Math.min(first, rows.size()), Math.min(first + pageSize, rows.size()));
    }

    @Override
    public String getRowKey(PersonRow row) {
      return Long.toString(row.employeeId());
    }
  }

  public LazyDataModel<PersonRow> getTable() {
    return table;
  }

  /** The counts of the report; null without an assessment. */
  public Figures getFigures() {
    var shown = report();
    return shown == null ? null : shown.figures();
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public List<Integer> getYears() {
    return years;
  }

  public SelfAssessment getAssessment() {
    return assessment;
  }

  /** The bank of the year's assessment as it is now; null if it is no longer an assigned quiz. */
  public AssignedQuiz getBank() {
    return bank;
  }

  /** The Korean day the assessment was opened, as text. */
  public String getOpenedOn() {
    return day(assessment.getOpenedAt());
  }

  /** The Korean day it was closed, as text; empty while it is open. */
  public String getClosedOn() {
    return day(assessment.getClosedAt());
  }

  private static String day(Instant moment) {
    return moment == null ? "" : moment.atZone(TrainingYear.KOREA).toLocalDate().toString();
  }

  public List<AssignedQuiz> getBanks() {
    return banks;
  }

  /** How many senior officials in active employment opening it would assign it to. */
  public int getSeniorOfficials() {
    return seniorOfficials;
  }

  public String getQuizKey() {
    return quizKey;
  }

  public void setQuizKey(String quizKey) {
    this.quizKey = quizKey;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public void setDueDate(LocalDate dueDate) {
    this.dueDate = dueDate;
  }

  public boolean isCredits() {
    return credits;
  }

  public void setCredits(boolean credits) {
    this.credits = credits;
  }

  public int getCreditMinutes() {
    return creditMinutes;
  }

  public void setCreditMinutes(int creditMinutes) {
    this.creditMinutes = creditMinutes;
  }

  public int getMaxCreditMinutes() {
    return SelfAssessment.MAX_CREDIT_MINUTES;
  }

  public boolean isNotCompletedOnly() {
    return notCompletedOnly;
  }

  public void setNotCompletedOnly(boolean notCompletedOnly) {
    this.notCompletedOnly = notCompletedOnly;
  }
}
