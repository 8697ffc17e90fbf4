package kr.cheongnabi.followup.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import kr.cheongnabi.followup.control.AssignmentRow;
import kr.cheongnabi.followup.control.Assignments;

/** The follow-up section of hr/employee.xhtml: the employee's assignments of every year. */
@Named
@ViewScoped
public class EmployeeFollowUpBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Assignments assignments;

  private Long employeeId;
  private List<AssignmentRow> rows = List.of();

  public void load() {
    if (employeeId != null) {
      rows = assignments.of(employeeId);
    }
  }

  public Long getEmployeeId() {
    return employeeId;
  }

  public void setEmployeeId(Long employeeId) {
    this.employeeId = employeeId;
  }

  public List<AssignmentRow> getRows() {
    return rows;
  }
}
