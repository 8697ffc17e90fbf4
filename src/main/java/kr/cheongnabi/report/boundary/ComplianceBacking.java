package kr.cheongnabi.report.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import kr.cheongnabi.report.control.EmployeeGap;
import kr.cheongnabi.report.control.GapFilter;
import kr.cheongnabi.report.control.GapQuery;
import kr.cheongnabi.report.control.GapReport;
import kr.cheongnabi.report.control.GapSort;
import kr.cheongnabi.report.control.MonthlyProgress;
import kr.cheongnabi.report.control.ReportYears;
import kr.cheongnabi.report.control.StandingTree;
import kr.cheongnabi.report.control.UnitStanding;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * hr/compliance.xhtml?year=Y&amp;unit=U: the gap report of a year. The year's tree of units is read
 * once per year chosen and kept in the view (a few hundred kilobytes for 3,000 units); choosing a
 * unit shows its sub-units, its charts and, a page at a time, its people.
 */
@Named
@ViewScoped
public class ComplianceBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject GapReport report;
  @Inject MonthlyProgress monthly;
  @Inject ReportYears years;

  private Integer year;
  private Long unit;
  private String text;
  private GapFilter filter = GapFilter.EVERYONE;

  // A city's tree is some hundreds of kilobytes: kept while the view lives on this instance, never
  // replicated with the session; read again after a fail-over.
  private transient StandingTree tree;
  private UnitStanding selected;
  private List<UnitStanding> path;
  private List<UnitStanding> children;
  private List<UnitStanding> worstFirst;
  private ProgressChart progress;
  private List<Integer> yearOptions;
  private final GapTable table = new GapTable();

  /** Reads the year asked for (this year unless a sensible one is given) and selects the unit. */
  public void load() {
    year = years.orThisYear(year);
    yearOptions = years.around(year);
    tree = report.tree(year);
    select(unit == null ? StandingTree.WHOLE_ORGANISATION : unit);
  }

  public void changeYear() {
    load();
  }

  /** Shows the unit (an unknown one: the whole organisation) and its people from the first page. */
  public void select(long unitId) {
    selected = tree().of(unitId).orElse(tree().total());
    unit = selected.unitId();
    path = new ArrayList<>();
    for (var up = selected.parentId(); up != null; ) {
      var parent = tree().of(up);
      if (parent.isEmpty()) {
        break;
      }
      path.add(parent.get());
      up = parent.get().parentId();
    }
    Collections.reverse(path);
    children = tree().childrenOf(unit);
    worstFirst = CompletionOrder.worstFirst(children);
    progress = ProgressChart.of(monthly.of(year, unit, tree()));
    firstPage();
  }

  /** A new filter starts again at the first page. */
  public void search() {
    firstPage();
  }

  private void firstPage() {
    var faces = FacesContext.getCurrentInstance();
    if (faces != null && faces.getViewRoot().findComponent("report:gaps") instanceof DataTable t) {
      t.setFirst(0);
    }
  }

  private GapQuery query(Map<String, SortMeta> sortBy) {
    var sort = sortBy.values().stream().findFirst();
    var field = sort.map(s -> GapSort.valueOf(s.getField())).orElse(GapSort.MISSING);
    var ascending = sort.map(s -> s.getOrder() == SortOrder.ASCENDING).orElse(false);
    return new GapQuery(year, unit, text, filter, field, ascending);
  }

  private class GapTable extends LazyDataModel<EmployeeGap> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return Math.toIntExact(report.count(query(Map.of()), tree()));
    }

    @Override
    public List<EmployeeGap> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return report.page(query(sortBy), tree(), first, pageSize);
    }

    @Override
    public String getRowKey(EmployeeGap row) {
      return Long.toString(row.employeeId());
    }
  }

  public LazyDataModel<EmployeeGap> getTable() {
    return table;
  }

  public UnitStanding getSelected() {
    return selected;
  }

  public boolean isWholeOrganisation() {
    return unit == StandingTree.WHOLE_ORGANISATION;
  }

  /** The units above the selected one, the top-level unit first. */
  public List<UnitStanding> getPath() {
    return path;
  }

  public List<UnitStanding> getChildren() {
    return children;
  }

  public List<UnitStanding> getWorstFirst() {
    return worstFirst;
  }

  public ProgressChart getProgress() {
    return progress;
  }

  public List<Integer> getYears() {
    return yearOptions;
  }

  public GapFilter[] getFilters() {
    return GapFilter.values();
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

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public GapFilter getFilter() {
    return filter;
  }

  public void setFilter(GapFilter filter) {
    this.filter = filter == null ? GapFilter.EVERYONE : filter;
  }

  private StandingTree tree() {
    if (tree == null) {
      tree = report.tree(year);
    }
    return tree;
  }
}
