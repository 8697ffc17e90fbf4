package kr.cheongnabi.people.control;

import kr.cheongnabi.people.entity.EmploymentStatus;

/**
 * A search of the employee table: free text (matched against number, name and email), a unit, a
 * status, and the sort. Sort fields are limited to known columns, so nothing from the browser ever
 * reaches the query text.
 */
public record EmployeeQuery(
    String text, Long unitId, EmploymentStatus status, SortField sortField, boolean ascending) {

  public enum SortField {
    NUMBER("e.employeeNumber"),
    NAME("e.name"),
    UNIT("e.orgUnit.code"),
    STATUS("e.status");

    final String path;

    SortField(String path) {
      this.path = path;
    }
  }

  public EmployeeQuery {
    text = text == null || text.isBlank() ? null : text.trim();
    sortField = sortField == null ? SortField.NUMBER : sortField;
  }

  public static EmployeeQuery everyone() {
    return new EmployeeQuery(null, null, null, SortField.NUMBER, true);
  }
}
