package kr.cheongnabi.people.entity;

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
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One stretch of an employee's history in one status; the current one has no end. */
@Entity
@Table(name = "employment_period")
public class EmploymentPeriod {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "employee_id")
  private Employee employee;

  @Enumerated(EnumType.STRING)
  private EmploymentStatus status;

  @Column(name = "start_date")
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  protected EmploymentPeriod() {}

  EmploymentPeriod(Employee employee, EmploymentStatus status, LocalDate startDate) {
    this.employee = employee;
    this.status = status;
    this.startDate = startDate;
  }

  void endOn(LocalDate lastDay) {
    this.endDate = lastDay.isBefore(startDate) ? startDate : lastDay;
  }

  public boolean isOpen() {
    return endDate == null;
  }

  public EmploymentStatus getStatus() {
    return status;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }
}
