package kr.cheongnabi.people.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import kr.cheongnabi.people.control.EmployeeQuery.SortField;
import kr.cheongnabi.people.entity.EmploymentStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmployeeQueryTest {

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "\t\n"})
  void blankTextSearchesForAnything(String text) {
    var query = new EmployeeQuery(text, null, null, SortField.NAME, true);

    assertNull(query.text());
  }

  @Test
  void textIsTrimmed() {
    var query = new EmployeeQuery("  김민준 ", 4L, EmploymentStatus.ACTIVE, SortField.NAME, false);

    assertEquals("김민준", query.text());
    assertEquals(4L, query.unitId());
    assertEquals(EmploymentStatus.ACTIVE, query.status());
    assertEquals(SortField.NAME, query.sortField());
  }

  @Test
  void missingSortFieldSortsByNumber() {
    var query = new EmployeeQuery("kim", null, null, null, true);

    assertEquals(SortField.NUMBER, query.sortField());
  }

  @Test
  void everyoneHasNoFiltersAndSortsByNumberAscending() {
    var query = EmployeeQuery.everyone();

    assertEquals(new EmployeeQuery(null, null, null, SortField.NUMBER, true), query);
  }
}
