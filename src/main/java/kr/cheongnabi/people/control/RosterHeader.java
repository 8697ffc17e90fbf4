package kr.cheongnabi.people.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kr.cheongnabi.platform.control.CsvCell;
import org.apache.commons.csv.CSVRecord;

/** Where each known column sits in a roster file, and what its header cell says. */
final class RosterHeader {

  private final Map<RosterColumn, Integer> index = new EnumMap<>(RosterColumn.class);
  private final Map<RosterColumn, String> text = new EnumMap<>(RosterColumn.class);
  private final int size;
  private final List<RosterProblem> problems = new ArrayList<>();

  RosterHeader(CSVRecord record, int line) {
    size = record.size();
    for (int i = 0; i < record.size(); i++) {
      String cell = record.get(i).replace("\uFEFF", "").strip();
      int position = i;
      RosterColumn.forHeader(cell)
          .ifPresent(
              column -> {
                if (index.containsKey(column)) {
                  problems.add(new RosterProblem(line, cell, "header.duplicate", text.get(column)));
                } else {
                  index.put(column, position);
                  text.put(column, cell);
                }
              });
    }
    for (RosterColumn column : RosterColumn.values()) {
      if (column.required() && !index.containsKey(column)) {
        problems.add(
            new RosterProblem(
                line, null, "header.missing", column.headerName(), column.koreanName()));
      }
    }
  }

  List<RosterProblem> problems() {
    return List.copyOf(problems);
  }

  /** Whether rows can be built at all: every required column is present. */
  boolean isComplete() {
    return Arrays.stream(RosterColumn.values())
        .filter(RosterColumn::required)
        .allMatch(index::containsKey);
  }

  int size() {
    return size;
  }

  /** The stripped value of a column, or null when the column is absent or the cell blank. */
  String value(CSVRecord record, RosterColumn column) {
    Integer i = index.get(column);
    if (i == null) {
      return null;
    }
    // A value that Cheongnabi's own export protected from spreadsheets reads as it was written.
    String value = CsvCell.plain(record.get(i).strip());
    return value.isEmpty() ? null : value;
  }

  boolean has(RosterColumn column) {
    return index.containsKey(column);
  }

  /** The header text as the file spells it, used to name the column in problems. */
  String text(RosterColumn column) {
    return text.get(column);
  }
}
