package kr.cheongnabi.people.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import kr.cheongnabi.people.control.EmployeeQuery;
import kr.cheongnabi.people.control.EmployeeQuery.SortField;
import kr.cheongnabi.people.control.EmployeeRow;
import kr.cheongnabi.people.control.Employees;
import kr.cheongnabi.people.control.OrgUnits;
import kr.cheongnabi.people.entity.EmploymentStatus;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** hr/employees.xhtml: the searchable employee table, read a page at a time. */
@Named
@ViewScoped
public class EmployeesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Employees employees;
  @Inject OrgUnits units;

  private String text;
  private Long unitId;
  private EmploymentStatus status;
  private List<UnitOption> unitOptions;
  private final EmployeeTable table = new EmployeeTable();

  @PostConstruct
  void init() {
    unitOptions = UnitOption.of(units.all());
  }

  /** Each search starts again at the first page. */
  public void search() {
    table.setRowCount(0);
  }

  public LazyDataModel<EmployeeRow> getTable() {
    return table;
  }

  public List<UnitOption> getUnitOptions() {
    return unitOptions;
  }

  public EmploymentStatus[] getStatuses() {
    return EmploymentStatus.values();
  }

  private EmployeeQuery query(Map<String, SortMeta> sortBy) {
    var sort = sortBy.values().stream().findFirst();
    var field = sort.map(s -> SortField.valueOf(s.getField())).orElse(SortField.NUMBER);
    var ascending = sort.map(s -> s.getOrder() != SortOrder.DESCENDING).orElse(true);
    return new EmployeeQuery(text, unitId, status, field, ascending);
  }

  private class EmployeeTable extends LazyDataModel<EmployeeRow> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return employees.count(query(Map.of()));
    }

    @Override
    public List<EmployeeRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return employees.search(query(sortBy), first, pageSize);
    }

    @Override
    public String getRowKey(EmployeeRow row) {
      return Long.toString(row.id());
    }
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Long getUnitId() {
    return unitId;
  }

  public void setUnitId(Long unitId) {
    this.unitId = unitId;
  }

  public EmploymentStatus getStatus() {
    return status;
  }

  public void setStatus(EmploymentStatus status) {
    this.status = status;
  }
}
