package kr.cheongnabi.ledger.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import kr.cheongnabi.ledger.control.Credit;
import kr.cheongnabi.ledger.control.LedgerEntries;
import kr.cheongnabi.ledger.control.YearTotal;
import kr.cheongnabi.ledger.entity.EntryKind;
import kr.cheongnabi.ledger.entity.LedgerEntry;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.control.SignedInEmployee;

/**
 * The hours section of hr/employee.xhtml: the employee's credited time in a training year, every
 * entry of that year, and HR's correction with its reason. The form carries a request id, so a
 * correction sent twice (a double click) is recorded once. Nobody is offered the correction of
 * their own hours (the ledger refuses it anyway).
 */
@Named
@ViewScoped
public class EmployeeLedgerBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int YEARS_SHOWN = 6;

  /** One entry as the table shows it. */
  public record EntryRow(
      long sequence,
      LocalDateTime occurredAt,
      EntryKind kind,
      String source,
      int minutes,
      String recordedBy,
      String reason)
      implements Serializable {

    static EntryRow of(LedgerEntry e) {
      return new EntryRow(
          e.getSequence(),
          LocalDateTime.ofInstant(e.getOccurredAt(), Credit.KOREA),
          e.getKind(),
          e.getSource().toString(),
          e.getMinutes(),
          e.getRecordedBy(),
          e.getReason());
    }
  }

  @Inject LedgerEntries ledgerEntries;
  @Inject Clock clock;
  @Inject SignedInEmployee signedIn;

  private Long employeeId;
  private boolean own;
  private int year;
  private List<Integer> years = List.of();
  private YearTotal total;
  private List<EntryRow> entries = List.of();
  private Integer minutes;
  private String reason;
  private String request;

  public void load() {
    if (employeeId == null) {
      return;
    }
    var thisYear = Credit.trainingYearOf(clock.instant());
    year = thisYear;
    years = IntStream.range(0, YEARS_SHOWN).mapToObj(back -> thisYear - back).toList();
    request = UUID.randomUUID().toString();
    own = signedIn.employeeId().filter(employeeId::equals).isPresent();
    show();
  }

  public void show() {
    total = ledgerEntries.totalOf(employeeId, year);
    entries = ledgerEntries.entriesOf(employeeId, year).stream().map(EntryRow::of).toList();
  }

  public void correct() {
    try {
      ledgerEntries.correct(employeeId, year, minutes, reason, UUID.fromString(request));
      Messages.info("ledger.corrected", minutes, Integer.toString(year));
      minutes = null;
      reason = null;
      request = UUID.randomUUID().toString();
      show();
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public Long getEmployeeId() {
    return employeeId;
  }

  public void setEmployeeId(Long employeeId) {
    this.employeeId = employeeId;
  }

  /** Whether the record is the signed-in person's own, which someone else must correct. */
  public boolean isOwn() {
    return own;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public int getMaxMinutes() {
    return Credit.MAX_MINUTES;
  }

  public List<Integer> getYears() {
    return years;
  }

  public YearTotal getTotal() {
    return total;
  }

  public List<EntryRow> getEntries() {
    return entries;
  }

  public Integer getMinutes() {
    return minutes;
  }

  public void setMinutes(Integer minutes) {
    this.minutes = minutes;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getRequest() {
    return request;
  }

  public void setRequest(String request) {
    this.request = request;
  }
}
