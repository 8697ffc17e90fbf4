package kr.cheongnabi.followup.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.cheongnabi.followup.control.ConfirmRequest;
import kr.cheongnabi.followup.control.FollowUpConfirmations;
import kr.cheongnabi.followup.control.FollowUpJobs;
import kr.cheongnabi.followup.control.FollowUps;
import kr.cheongnabi.followup.control.PersonProposal;
import kr.cheongnabi.followup.control.TrainingOffer;
import kr.cheongnabi.followup.entity.FollowUpJob;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.control.JobHeartbeat;
import kr.cheongnabi.report.control.EmployeeGap;
import kr.cheongnabi.report.control.GapQuery;
import kr.cheongnabi.report.control.GapReport;
import kr.cheongnabi.report.control.StandingTree;
import kr.cheongnabi.report.control.UnitStanding;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * hr/followup.xhtml: the people of a unit with a gap; HR chooses some of them or all, sees each
 * person's proposal, drops items, and confirms. Only choices are kept here (who, which items
 * dropped); the gap list and the proposals are read a page at a time, so "all 20,000 people" is as
 * light as five.
 */
@Named
@ViewScoped
public class FollowUpBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  public enum Step {
    CHOOSE,
    REVIEW,
    CONFIRMING
  }

  /**
   * The job's progress as the page shows it.
   *
   * @param stopped it failed because the server running it stopped
   */
  public record JobView(
      FollowUpJob.State state, int total, int done, int created, int full, boolean stopped)
      implements Serializable {

    public int percent() {
      return total == 0 ? 100 : (int) (100L * done / total);
    }

    public boolean finished() {
      return state != FollowUpJob.State.RUNNING;
    }
  }

  @Inject GapReport gaps;
  @Inject FollowUps followUps;
  @Inject FollowUpConfirmations confirmations;
  @Inject FollowUpJobs jobs;

  private Integer year;
  private Long unit;
  private UnitStanding standing;
  private long gapCount;
  private LocalDate today;
  private LocalDate dueDate;
  private boolean everyone;
  private final Map<Long, Boolean> chosen = new HashMap<>();
  private final Map<Long, EmployeeGap> picked = new LinkedHashMap<>();
  private final HashMap<Long, Set<String>> dropped = new HashMap<>();
  private Step step = Step.CHOOSE;
  private Long jobId;
  private JobView job;
  private final GapTable gapTable = new GapTable();
  private final ProposalTable proposalTable = new ProposalTable();
  // Reloaded when a request needs them after the view moved to another instance.
  private transient StandingTree tree;
  private transient TrainingOffer offer;

  public void load() {
    today = followUps.today();
    if (year == null) {
      year = today.getYear();
    }
    if (unit == null) {
      unit = StandingTree.WHOLE_ORGANISATION;
    }
    var found = tree().of(unit);
    if (found.isEmpty()) {
      Messages.error("followup.unknownUnit", unit);
      unit = StandingTree.WHOLE_ORGANISATION;
      found = tree().of(unit);
    }
    standing = found.get();
    gapCount = gaps.count(query(), tree());
    dueDate = FollowUps.defaultDueDate(today, year);
  }

  /** Whether training can still be assigned in the year shown. */
  public boolean isOpen() {
    return year != null && year >= today.getYear();
  }

  /** Remembers the person whose box was ticked or cleared. */
  public void choose(EmployeeGap gap) {
    if (Boolean.TRUE.equals(chosen.get(gap.employeeId()))) {
      picked.put(gap.employeeId(), gap);
    } else {
      picked.remove(gap.employeeId());
    }
  }

  public void propose() {
    if (!everyone && picked.isEmpty()) {
      Messages.error("followup.nobodyChosen");
      return;
    }
    if (dueDate == null || dueDate.isBefore(today) || dueDate.getYear() != year) {
      Messages.error("followup.dueDateOutside", Integer.toString(year));
      return;
    }
    offer = followUps.offer(year, dueDate);
    if (offer.isEmpty()) {
      Messages.error("followup.nothingOnOffer");
    }
    step = Step.REVIEW;
  }

  public void drop(long employeeId, String itemKey) {
    dropped.computeIfAbsent(employeeId, e -> new HashSet<>()).add(itemKey);
  }

  public void back() {
    step = Step.CHOOSE;
  }

  public void confirm() {
    try {
      var request =
          new ConfirmRequest(
              year, unit, dueDate, everyone, new ArrayList<>(picked.values()), dropped);
      jobId = confirmations.start(request);
      step = Step.CONFIRMING;
      refresh();
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  /** Called by the poll while the confirmation runs. */
  public void refresh() {
    if (jobId == null) {
      return;
    }
    jobs.find(jobId)
        .ifPresent(
            j ->
                job =
                    new JobView(
                        j.getState(),
                        j.getTotalPeople(),
                        j.getDonePeople(),
                        j.getCreatedCount(),
                        j.getFullCount(),
                        JobHeartbeat.STOPPED.equals(j.getFailure())));
  }

  private GapQuery query() {
    return GapQuery.gapsOf(year, unit);
  }

  private StandingTree tree() {
    if (tree == null) {
      tree = gaps.tree(year);
    }
    return tree;
  }

  private TrainingOffer offer() {
    if (offer == null) {
      offer = followUps.offer(year, dueDate);
    }
    return offer;
  }

  private class GapTable extends LazyDataModel<EmployeeGap> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) gapCount;
    }

    @Override
    public List<EmployeeGap> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return gaps.page(query(), tree(), first, pageSize);
    }

    @Override
    public String getRowKey(EmployeeGap row) {
      return Long.toString(row.employeeId());
    }
  }

  private class ProposalTable extends LazyDataModel<PersonProposal> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return everyone ? (int) gapCount : picked.size();
    }

    @Override
    public List<PersonProposal> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      var people =
          everyone
              ? gaps.page(query(), tree(), first, pageSize)
              : new ArrayList<>(picked.values())
                  .subList(
                      Math.min(first, picked.size()), Math.min(first + pageSize, picked.size()));
      return followUps.propose(year, offer(), tree(), people, dropped);
    }

    @Override
    public String getRowKey(PersonProposal row) {
      return Long.toString(row.gap().employeeId());
    }
  }

  public LazyDataModel<EmployeeGap> getGapTable() {
    return gapTable;
  }

  public LazyDataModel<PersonProposal> getProposalTable() {
    return proposalTable;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public Long getUnit() {
    return unit;
  }

  public void setUnit(Long unit) {
    this.unit = unit;
  }

  public UnitStanding getStanding() {
    return standing;
  }

  public long getGapCount() {
    return gapCount;
  }

  public int getChosenCount() {
    return picked.size();
  }

  public LocalDate getToday() {
    return today;
  }

  public LocalDate getYearEnd() {
    return LocalDate.of(year, 12, 31);
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public void setDueDate(LocalDate dueDate) {
    this.dueDate = dueDate;
  }

  public boolean isEveryone() {
    return everyone;
  }

  public void setEveryone(boolean everyone) {
    this.everyone = everyone;
  }

  public Map<Long, Boolean> getChosen() {
    return chosen;
  }

  public Step getStep() {
    return step;
  }

  public JobView getJob() {
    return job;
  }
}
