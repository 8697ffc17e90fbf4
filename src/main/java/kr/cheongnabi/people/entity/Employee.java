package kr.cheongnabi.people.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A person employed by the organisation, with the history of their employment status. */
@Entity
@Table(name = "employee")
@NamedQuery(
    name = Employee.BY_NUMBER,
    query = "SELECT e FROM Employee e WHERE e.employeeNumber = :number")
@NamedQuery(name = Employee.COUNT, query = "SELECT COUNT(e) FROM Employee e")
public class Employee {

  public static final String BY_NUMBER = "Employee.byNumber";
  public static final String COUNT = "Employee.count";
  public static final String NUMBER_PATTERN = "[A-Za-z0-9-]{1,20}";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotBlank
  @Pattern(regexp = NUMBER_PATTERN, message = "{employee.number.pattern}")
  @Column(name = "employee_number")
  private String employeeNumber;

  @NotBlank
  @Size(max = 50)
  private String name;

  @Email
  @Size(max = 254)
  private String email;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "org_unit_id")
  private OrgUnit orgUnit;

  @Size(max = 50)
  private String position;

  @Size(max = 50)
  private String grade;

  @Column(name = "senior_official")
  private boolean seniorOfficial;

  @NotNull
  @Column(name = "hire_date")
  private LocalDate hireDate;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "employment_type")
  private EmploymentType employmentType;

  @Enumerated(EnumType.STRING)
  private EmploymentStatus status;

  @Column(name = "status_since")
  private LocalDate statusSince;

  @Column(name = "promoted_on")
  private LocalDate promotedOn;

  @OneToMany(mappedBy = "employee", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("startDate")
  private List<EmploymentPeriod> periods = new ArrayList<>();

  @Version private long version;

  protected Employee() {}

  public Employee(
      String employeeNumber,
      String name,
      OrgUnit orgUnit,
      LocalDate hireDate,
      EmploymentType employmentType,
      EmploymentStatus status,
      LocalDate statusSince) {
    this.employeeNumber = employeeNumber;
    this.name = name;
    this.orgUnit = orgUnit;
    this.hireDate = hireDate;
    this.employmentType = employmentType;
    this.status = status;
    this.statusSince = statusSince;
    periods.add(new EmploymentPeriod(this, status, statusSince));
  }

  /**
   * Records a change of status from a given day: the open period ends the day before and a new one
   * begins. The same status again changes nothing.
   */
  public void changeStatus(EmploymentStatus newStatus, LocalDate since) {
    if (newStatus == status) {
      return;
    }
    if (since.isBefore(statusSince)) {
      throw new IllegalArgumentException(
          "A status change on " + since + " comes before the current status began " + statusSince);
    }
    periods.stream().filter(EmploymentPeriod::isOpen).forEach(p -> p.endOn(since.minusDays(1)));
    periods.add(new EmploymentPeriod(this, newStatus, since));
    status = newStatus;
    statusSince = since;
  }

  public void describe(
      String name,
      String email,
      String position,
      String grade,
      boolean seniorOfficial,
      EmploymentType employmentType) {
    this.name = name;
    this.email = email;
    this.position = position;
    this.grade = grade;
    this.seniorOfficial = seniorOfficial;
    this.employmentType = employmentType;
  }

  public void assignTo(OrgUnit unit) {
    this.orgUnit = unit;
  }

  public void hiredOn(LocalDate date) {
    this.hireDate = date;
  }

  /**
   * The day of the last promotion, or null: newly promoted officials owe a face-to-face session.
   */
  public void promotedOn(LocalDate date) {
    this.promotedOn = date;
  }

  public Long getId() {
    return id;
  }

  public String getEmployeeNumber() {
    return employeeNumber;
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }

  public OrgUnit getOrgUnit() {
    return orgUnit;
  }

  public String getPosition() {
    return position;
  }

  public String getGrade() {
    return grade;
  }

  public boolean isSeniorOfficial() {
    return seniorOfficial;
  }

  public LocalDate getHireDate() {
    return hireDate;
  }

  public EmploymentType getEmploymentType() {
    return employmentType;
  }

  public EmploymentStatus getStatus() {
    return status;
  }

  public LocalDate getStatusSince() {
    return statusSince;
  }

  public LocalDate getPromotedOn() {
    return promotedOn;
  }

  public List<EmploymentPeriod> getPeriods() {
    return List.copyOf(periods);
  }

  public long getVersion() {
    return version;
  }
}
