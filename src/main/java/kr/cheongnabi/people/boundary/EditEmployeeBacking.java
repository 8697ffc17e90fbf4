package kr.cheongnabi.people.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kr.cheongnabi.people.control.DutyAreaMarks;
import kr.cheongnabi.people.control.DutyAreas;
import kr.cheongnabi.people.control.EmployeeDetails;
import kr.cheongnabi.people.control.Employees;
import kr.cheongnabi.people.control.OrgUnits;
import kr.cheongnabi.people.control.PeriodRow;
import kr.cheongnabi.people.entity.DutyArea;
import kr.cheongnabi.people.entity.Employee;
import kr.cheongnabi.people.entity.EmploymentStatus;
import kr.cheongnabi.people.entity.EmploymentType;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.control.BusinessException;

/** hr/employee.xhtml: creates an employee, or edits one and records a change of status. */
@Named
@ViewScoped
public class EditEmployeeBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Employees employees;
  @Inject OrgUnits units;
  @Inject DutyAreas dutyAreas;
  @Inject DutyAreaMarks marks;

  private Long id;
  private long version;

  @Pattern(regexp = Employee.NUMBER_PATTERN, message = "{employee.number.pattern}")
  private String employeeNumber;

  @Size(max = 50)
  private String name;

  @Email
  @Size(max = 254)
  private String email;

  @NotNull private Long orgUnitId;

  @Size(max = 50)
  private String position;

  @Size(max = 50)
  private String grade;

  private boolean seniorOfficial;
  private LocalDate hireDate;
  private EmploymentType employmentType = EmploymentType.REGULAR;
  private EmploymentStatus status = EmploymentStatus.ACTIVE;
  private LocalDate statusSince;
  private LocalDate promotedOn;
  private List<PeriodRow> history = List.of();
  private List<UnitOption> unitOptions;
  private List<DutyArea> areaOptions = List.of();
  private List<String> areas = new ArrayList<>();
  private Set<String> inheritedAreas = Set.of();

  public void load() {
    unitOptions = UnitOption.of(units.all());
    areaOptions = dutyAreas.all();
    if (id != null) {
      show(employees.withHistory(id));
      areas = new ArrayList<>(marks.ofEmployee(id));
      inheritedAreas = marks.inheritedBy(id);
    }
  }

  public String save() {
    var details =
        new EmployeeDetails(
            employeeNumber,
            name,
            email,
            orgUnitId,
            position,
            grade,
            seniorOfficial,
            hireDate,
            employmentType,
            status,
            statusSince == null ? hireDate : statusSince,
            promotedOn);
    try {
      var saved = id == null ? employees.create(details) : employees.update(id, version, details);
      marks.markEmployee(saved.getId(), areas);
      Messages.info("employee.saved", saved.getEmployeeNumber());
      return "/hr/employee.xhtml?faces-redirect=true&id=" + saved.getId();
    } catch (BusinessException e) {
      Messages.error(e);
      return null;
    }
  }

  private void show(Employee e) {
    version = e.getVersion();
    employeeNumber = e.getEmployeeNumber();
    name = e.getName();
    email = e.getEmail();
    orgUnitId = e.getOrgUnit().getId();
    position = e.getPosition();
    grade = e.getGrade();
    seniorOfficial = e.isSeniorOfficial();
    hireDate = e.getHireDate();
    employmentType = e.getEmploymentType();
    status = e.getStatus();
    statusSince = e.getStatusSince();
    promotedOn = e.getPromotedOn();
    history = PeriodRow.of(e.getPeriods());
  }

  /** The duty areas HR may mark the employee with, in the list's order. */
  public List<DutyArea> getAreaOptions() {
    return areaOptions;
  }

  public List<String> getAreas() {
    return areas;
  }

  public void setAreas(List<String> areas) {
    this.areas = areas == null ? new ArrayList<>() : new ArrayList<>(areas);
  }

  /** The areas the employee has through their unit or a unit above it. */
  public List<DutyArea> getInheritedAreas() {
    return areaOptions.stream().filter(a -> inheritedAreas.contains(a.getCode())).toList();
  }

  public boolean isNew() {
    return id == null;
  }

  public EmploymentStatus[] getStatuses() {
    return EmploymentStatus.values();
  }

  public EmploymentType[] getEmploymentTypes() {
    return EmploymentType.values();
  }

  public List<UnitOption> getUnitOptions() {
    return unitOptions;
  }

  public List<PeriodRow> getHistory() {
    return history;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getEmployeeNumber() {
    return employeeNumber;
  }

  public void setEmployeeNumber(String employeeNumber) {
    this.employeeNumber = employeeNumber;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public Long getOrgUnitId() {
    return orgUnitId;
  }

  public void setOrgUnitId(Long orgUnitId) {
    this.orgUnitId = orgUnitId;
  }

  public String getPosition() {
    return position;
  }

  public void setPosition(String position) {
    this.position = position;
  }

  public String getGrade() {
    return grade;
  }

  public void setGrade(String grade) {
    this.grade = grade;
  }

  public boolean isSeniorOfficial() {
    return seniorOfficial;
  }

  public void setSeniorOfficial(boolean seniorOfficial) {
    this.seniorOfficial = seniorOfficial;
  }

  public LocalDate getHireDate() {
    return hireDate;
  }

  public void setHireDate(LocalDate hireDate) {
    this.hireDate = hireDate;
  }

  public EmploymentType getEmploymentType() {
    return employmentType;
  }

  public void setEmploymentType(EmploymentType employmentType) {
    this.employmentType = employmentType;
  }

  public EmploymentStatus getStatus() {
    return status;
  }

  public void setStatus(EmploymentStatus status) {
    this.status = status;
  }

  public LocalDate getStatusSince() {
    return statusSince;
  }

  public void setStatusSince(LocalDate statusSince) {
    this.statusSince = statusSince;
  }

  public LocalDate getPromotedOn() {
    return promotedOn;
  }

  public void setPromotedOn(LocalDate promotedOn) {
    this.promotedOn = promotedOn;
  }
}
