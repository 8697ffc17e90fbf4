package kr.cheongnabi.people.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kr.cheongnabi.people.control.OwnRecordService;
import kr.cheongnabi.people.entity.Employee;
import kr.cheongnabi.platform.boundary.LocaleBacking;

/** me/profile.xhtml: the signed-in person's own record and status history. */
@Named
@RequestScoped
public class MyProfileBacking {

  @Inject OwnRecordService ownRecord;
  @Inject LocaleBacking locale;

  private Employee employee;
  private String unitName;

  public void load() {
    employee = ownRecord.mine().orElse(null);
    unitName = employee == null ? null : employee.getOrgUnit().name(locale.getLocale());
  }

  public Employee getEmployee() {
    return employee;
  }

  public String getUnitName() {
    return unitName;
  }
}
