package kr.cheongnabi.followup.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.cheongnabi.followup.control.AssignmentRow;
import kr.cheongnabi.followup.control.AssignmentState;
import kr.cheongnabi.followup.control.Assignments;
import kr.cheongnabi.followup.control.FollowUpStates;
import kr.cheongnabi.people.boundary.UnitOption;
import kr.cheongnabi.people.control.OrgUnits;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * hr/assignments.xhtml: the year's follow-up assignments with their states, how many are in each
 * state, filtered by state and unit, a page at a time.
 */
@Named
@ViewScoped
public class AssignmentsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Assignments assignments;
  @Inject FollowUpStates states;
  @Inject OrgUnits units;

  private Integer year;
  private AssignmentState state;
  private Long unitId;
  private List<UnitOption> unitOptions = List.of();
  private Map<AssignmentState, Long> counts = Map.of();
  private long count;
  private final AssignmentTable table = new AssignmentTable();

  public void load() {
    if (year == null) {
      year = states.today().getYear();
    }
    unitOptions = UnitOption.of(units.all());
    search();
  }

  public void search() {
    counts = states.countByState(year);
    count = assignments.count(query());
  }

  public AssignmentState[] getStates() {
    return AssignmentState.values();
  }

  private Assignments.Query query() {
    return new Assignments.Query(year, subtree(), state);
  }

  /** The chosen unit and every unit below it, from the options in tree order. */
  private List<Long> subtree() {
    var ids = new ArrayList<Long>();
    if (unitId == null) {
      return ids;
    }
    var depth = -1;
    for (var option : unitOptions) {
      if (depth >= 0 && option.depth() <= depth) {
        break;
      }
      if (depth >= 0 || option.id() == unitId) {
        depth = depth >= 0 ? depth : option.depth();
        ids.add(option.id());
      }
    }
    return ids;
  }

  private class AssignmentTable extends LazyDataModel<AssignmentRow> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) count;
    }

    @Override
    public List<AssignmentRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return assignments.page(query(), first, pageSize);
    }

    @Override
    public String getRowKey(AssignmentRow row) {
      return Long.toString(row.id());
    }
  }

  public LazyDataModel<AssignmentRow> getTable() {
    return table;
  }

  public Map<AssignmentState, Long> getCounts() {
    return counts;
  }

  public List<UnitOption> getUnitOptions() {
    return unitOptions;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public AssignmentState getState() {
    return state;
  }

  public void setState(AssignmentState state) {
    this.state = state;
  }

  public Long getUnitId() {
    return unitId;
  }

  public void setUnitId(Long unitId) {
    this.unitId = unitId;
  }
}
