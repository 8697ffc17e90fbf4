package kr.cheongnabi.people.control;

import java.util.ArrayList;
import java.util.List;
import kr.cheongnabi.people.control.CityCatalogue.Name;

/**
 * Lays out the unit tree of the generated city for an exact number of units. Each unit receives a
 * budget of units for its subtree, spends one on itself and shares the rest among children of a
 * typical size, so the tree keeps a city's shape at any size: a readable handful of bureaus and one
 * or two districts at 25 units, numbered repeats of districts, divisions and teams at 3,000.
 */
public final class CityPlanner {

  enum Kind {
    CITY,
    BUREAU,
    DIVISION,
    TEAM,
    DISTRICT,
    NEIGHBOURHOOD
  }

  /**
   * A planned unit; {@code headTitle} and {@code headGrade} describe who leads it (null for the
   * city, whose mayor is elected and not on the staff roster).
   */
  record PlannedUnit(
      Kind kind,
      String nameKo,
      String nameEn,
      String headTitle,
      String headGrade,
      boolean inDistrict,
      List<PlannedUnit> children) {

    boolean isLeaf() {
      return children.isEmpty();
    }
  }

  private final int teamsPerDivision;
  private final int bureauSize;
  private final int districtSize;
  private final double hallShare;
  private final double neighbourhoodShare;

  private CityPlanner(int units) {
    boolean small = units < 100;
    teamsPerDivision = small ? 1 : units < 600 ? 3 : 4;
    int divisionSize = 1 + teamsPerDivision;
    bureauSize = 1 + (small ? 2 : 4) * divisionSize;
    int neighbourhoods = small ? 2 : 10;
    districtSize = 1 + (small ? 1 : 6) * divisionSize + neighbourhoods;
    neighbourhoodShare = neighbourhoods / (double) (districtSize - 1);
    // A small demo shows mostly city hall; in a big city most staff work in the districts.
    hallShare = small ? 0.55 : 0.3;
  }

  static PlannedUnit plan(int units) {
    if (units < 1) {
      throw new IllegalArgumentException("an organisation has at least one unit: " + units);
    }
    return new CityPlanner(units).city(units);
  }

  private PlannedUnit city(int budget) {
    List<PlannedUnit> children = new ArrayList<>();
    int rest = budget - 1;
    if (rest > 0) {
      int hall = Math.max(1, (int) Math.round(rest * hallShare));
      // At least the first three bureaus whenever there is room: they hold the integrity and
      // personnel units that every demo of the app needs.
      int bureaus =
          clamp(
              Math.max(hall / (double) bureauSize, 3),
              Math.min(CityCatalogue.BUREAUS.size(), hall));
      int[] bureauBudgets = split(hall, bureaus);
      for (int i = 0; i < bureaus; i++) {
        children.add(bureau(CityCatalogue.BUREAUS.get(i), bureauBudgets[i]));
      }
      int districtUnits = rest - hall;
      if (districtUnits > 0) {
        int districts = clamp(districtUnits / (double) districtSize, districtUnits);
        int[] districtBudgets = split(districtUnits, districts);
        for (int i = 0; i < districts; i++) {
          children.add(district(i, districtBudgets[i]));
        }
      }
    }
    return new PlannedUnit(
        Kind.CITY, CityCatalogue.CITY.ko(0), CityCatalogue.CITY.en(0), null, null, false, children);
  }

  private PlannedUnit bureau(CityCatalogue.Bureau bureau, int budget) {
    List<PlannedUnit> children = new ArrayList<>();
    int rest = budget - 1;
    if (rest > 0) {
      int count = clamp(rest / (1.0 + teamsPerDivision), rest);
      int[] budgets = split(rest, count);
      for (int j = 0; j < count; j++) {
        children.add(division(bureau.divisions(), j, budgets[j], false));
      }
    }
    String title =
        switch (bureau.name().koSuffix()) {
          case "실" -> "실장";
          case "본부" -> "본부장";
          case "위원회" -> "위원장";
          default -> "국장";
        };
    return unit(Kind.BUREAU, bureau.name(), 0, title, "3급", false, children);
  }

  private PlannedUnit district(int index, int budget) {
    List<Name> names = CityCatalogue.DISTRICTS;
    List<PlannedUnit> children = new ArrayList<>();
    int rest = budget - 1;
    int neighbourhoods = (int) Math.round(rest * neighbourhoodShare);
    int divisionUnits = rest - neighbourhoods;
    if (divisionUnits > 0) {
      int count = clamp(divisionUnits / (1.0 + teamsPerDivision), divisionUnits);
      int[] budgets = split(divisionUnits, count);
      for (int j = 0; j < count; j++) {
        children.add(division(CityCatalogue.DISTRICT_DIVISIONS, j, budgets[j], true));
      }
    }
    // Each district starts elsewhere in the list so neighbouring districts differ.
    List<Name> centres = CityCatalogue.NEIGHBOURHOODS;
    for (int j = 0; j < neighbourhoods; j++) {
      Name centre = centres.get((index * 5 + j) % centres.size());
      children.add(
          unit(Kind.NEIGHBOURHOOD, centre, j / centres.size(), "동장", "5급", true, List.of()));
    }
    Name name = names.get(index % names.size());
    return unit(Kind.DISTRICT, name, index / names.size(), "부구청장", "3급", true, children);
  }

  private PlannedUnit division(List<Name> names, int index, int budget, boolean inDistrict) {
    Name name = names.get(index % names.size());
    int round = index / names.size();
    List<PlannedUnit> teams = new ArrayList<>();
    // No 기획기획팀 or 복지정책정책팀: a team kind the division's name already ends with is left out.
    List<Name> kinds =
        CityCatalogue.TEAM_KINDS.stream()
            .filter(kind -> !name.koStem().endsWith(kind.koStem()))
            .toList();
    for (int j = 0; j < budget - 1; j++) {
      // Teams keep the plain division stem (세무기획팀 under 세무2과), as real cities name them.
      Name team = name.team(kinds.get(j % kinds.size()));
      teams.add(
          unit(
              Kind.TEAM,
              team,
              j / kinds.size(),
              "팀장",
              inDistrict ? "6급" : "5급",
              inDistrict,
              List.of()));
    }
    String title = name.koSuffix().equals("과") ? "과장" : name.koSuffix();
    return unit(Kind.DIVISION, name, round, title, "4급", inDistrict, teams);
  }

  private static PlannedUnit unit(
      Kind kind,
      Name name,
      int round,
      String headTitle,
      String headGrade,
      boolean inDistrict,
      List<PlannedUnit> children) {
    return new PlannedUnit(
        kind,
        name.ko(round),
        name.en(round),
        headTitle,
        headGrade,
        inDistrict,
        List.copyOf(children));
  }

  /** A child count near {@code ideal}, at least one and at most {@code max}. */
  private static int clamp(double ideal, int max) {
    return (int) Math.max(1, Math.min(max, Math.round(ideal)));
  }

  /** Shares {@code total} among {@code parts} as evenly as whole numbers allow. */
  private static int[] split(int total, int parts) {
    int[] shares = new int[parts];
    for (int i = 0; i < parts; i++) {
      shares[i] = total / parts + (i < total % parts ? 1 : 0);
    }
    return shares;
  }
}
