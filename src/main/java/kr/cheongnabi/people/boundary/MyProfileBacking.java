package kr.cheongnabi.people.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import kr.cheongnabi.people.control.Employees;
import kr.cheongnabi.people.control.PeriodRow;
import kr.cheongnabi.people.entity.Employee;
import kr.cheongnabi.platform.boundary.LocaleBacking;

/** me/profile.xhtml: the signed-in person's own record and status history. */
@Named
@RequestScoped
public class MyProfileBacking {

  @Inject Employees employees;
  @Inject LocaleBacking locale;

  private Employee employee;
  private String unitName;
  private List<PeriodRow> history = List.of();

  public void load() {
    employee = employees.mine().orElse(null);
    if (employee != null) {
      unitName = employee.getOrgUnit().getName().in(locale.getLocale());
      history = PeriodRow.of(employee.getPeriods());
    }
  }

  public List<PeriodRow> getHistory() {
    return history;
  }

  public Employee getEmployee() {
    return employee;
  }

  public String getUnitName() {
    return unitName;
  }
}
