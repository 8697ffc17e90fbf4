package kr.cheongnabi.people.control;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A whole organisation: a tree of units, listed parents first so they can be inserted in order, and
 * the employees placed in them.
 */
public record Organisation(List<UnitSeed> units, List<RosterRow> employees) {

  public Organisation {
    units = List.copyOf(units);
    employees = List.copyOf(employees);
    if (units.isEmpty()) {
      throw new IllegalArgumentException("an organisation has at least its root unit");
    }
    Set<String> seen = new HashSet<>();
    for (UnitSeed unit : units) {
      boolean isRoot = unit.parentCode() == null;
      if (isRoot != seen.isEmpty()) {
        throw new IllegalArgumentException("the first unit, and only it, must be the root");
      }
      if (!isRoot && !seen.contains(unit.parentCode())) {
        throw new IllegalArgumentException(
            "unit " + unit.code() + " comes before its parent " + unit.parentCode());
      }
      if (!seen.add(unit.code())) {
        throw new IllegalArgumentException("unit code " + unit.code() + " is used twice");
      }
    }
    for (RosterRow employee : employees) {
      if (!seen.contains(employee.orgUnitCode())) {
        throw new IllegalArgumentException(
            "employee "
                + employee.employeeNumber()
                + " is in unknown unit "
                + employee.orgUnitCode());
      }
    }
  }

  public UnitSeed root() {
    return units.get(0);
  }

  public Set<String> unitCodes() {
    return units.stream().map(UnitSeed::code).collect(Collectors.toUnmodifiableSet());
  }
}
