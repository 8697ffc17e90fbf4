package kr.cheongnabi.ledger.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import kr.cheongnabi.ledger.control.TotalDisagreement.Figure;
import kr.cheongnabi.ledger.entity.EntryKind;
import kr.cheongnabi.people.control.EmployeeRecords;

/**
 * Compares the totals kept beside the ledger ({@code ledger_total} per employee and year, {@code
 * ledger_month_total} per month) with what the entries add up to. The chain's hashes do not cover
 * the totals, so a total changed in SQL (or left wrong by an entry changed with the triggers
 * dropped) is found only here.
 *
 * <p>Each comparison is one grouped statement: the database adds up the entries (2,000,000 of them
 * in a city) and sets them beside the totals, and only the disagreements come back, the first
 * {@value #SHOWN} with the count of all. One statement reads the entries and the totals as of one
 * moment, so appends going on meanwhile, which change both in one transaction, are never mistaken.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TotalsVerification {

  /** How many disagreements of each kind are named; the rest are counted. */
  public static final int SHOWN = 50;

  private static final List<EntryKind> KINDS = Arrays.asList(EntryKind.values());

  // Native: a UNION ALL of the totals and the grouped entries, grouped again, with a window count
  // of the groups that disagree; JPQL has neither. Columns: employee, year, then for each figure
  // (all minutes, each kind, entries) the stored and the computed value, then the count.
  private static final String YEARLY =
      "SELECT employee_id, training_year, "
          + figures("SUM(s_%1$s), SUM(c_%1$s)", ", ")
          + ", COUNT(*) OVER () FROM ("
          + " SELECT employee_id, training_year, "
          + stored()
          + " FROM ledger_total UNION ALL"
          + " SELECT employee_id, training_year, "
          + computed()
          + " FROM ledger_entry GROUP BY employee_id, training_year) x"
          + " GROUP BY employee_id, training_year HAVING "
          + figures("SUM(s_%1$s) <> SUM(c_%1$s)", " OR ")
          + " ORDER BY ABS(SUM(s_total) - SUM(c_total)) DESC, employee_id, training_year LIMIT ?";

  // The month of the entry in Korea (entries are stored in UTC), as Ledger and V10 count it: an
  // entry dated outside its training year counts in the year's first or last month.
  private static final String MONTH_OF_ENTRY =
      "CASE WHEN YEAR(DATE_ADD(occurred_at, INTERVAL 9 HOUR)) < training_year THEN 1"
          + " WHEN YEAR(DATE_ADD(occurred_at, INTERVAL 9 HOUR)) > training_year THEN 12"
          + " ELSE MONTH(DATE_ADD(occurred_at, INTERVAL 9 HOUR)) END";

  // Native, as above: months summed over the units they are kept by, beside the entries' months.
  private static final String MONTHLY =
      "SELECT training_year, month_no, SUM(stored), SUM(computed), COUNT(*) OVER () FROM ("
          + " SELECT training_year, month_no, minutes AS stored, 0 AS computed"
          + " FROM ledger_month_total UNION ALL"
          + " SELECT training_year, "
          + MONTH_OF_ENTRY
          + " AS month_no, 0, SUM(minutes) FROM ledger_entry GROUP BY 1, 2) x"
          + " GROUP BY training_year, month_no HAVING SUM(stored) <> SUM(computed)"
          + " ORDER BY training_year, month_no LIMIT ?";

  @PersistenceContext EntityManager em;
  @Inject EmployeeRecords employees;

  public TotalsCheck check() {
    var yearly = rows(YEARLY);
    var names =
        employees.namesOf(yearly.stream().map(row -> ((Number) row[0]).longValue()).toList());
    var totals = new ArrayList<TotalDisagreement>();
    for (var row : yearly) {
      var id = ((Number) row[0]).longValue();
      var name = names.get(id);
      var figures = Figure.values();
      for (int f = 0; f < figures.length; f++) {
        var stored = ((Number) row[2 + 2 * f]).longValue();
        var computed = ((Number) row[3 + 2 * f]).longValue();
        if (stored != computed) {
          totals.add(
              new TotalDisagreement(
                  id,
                  name == null ? "-" : name.employeeNumber(),
                  name == null ? "-" : name.name(),
                  ((Number) row[1]).intValue(),
                  figures[f],
                  stored,
                  computed));
          break;
        }
      }
    }
    var monthly = rows(MONTHLY);
    var months =
        monthly.stream()
            .map(
                row ->
                    new MonthDisagreement(
                        ((Number) row[0]).intValue(),
                        ((Number) row[1]).intValue(),
                        ((Number) row[2]).longValue(),
                        ((Number) row[3]).longValue()))
            .toList();
    return new TotalsCheck(totals, count(yearly), months, count(monthly));
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql) {
    return em.createNativeQuery(sql).setParameter(1, SHOWN).getResultList();
  }

  private static long count(List<Object[]> rows) {
    return rows.isEmpty() ? 0 : ((Number) rows.get(0)[rows.get(0).length - 1]).longValue();
  }

  /** The figures in the order of {@link Figure}, each as the format makes it of its name. */
  private static String figures(String format, String delimiter) {
    var names = new ArrayList<String>();
    names.add("total");
    KINDS.forEach(kind -> names.add(kind.name().toLowerCase(Locale.ROOT)));
    names.add("entries");
    return names.stream().map(format::formatted).collect(Collectors.joining(delimiter));
  }

  private static String stored() {
    var columns = new ArrayList<String>();
    columns.add("total_minutes AS s_total, 0 AS c_total");
    KINDS.forEach(
        kind ->
            columns.add(
                "%s AS s_%s, 0 AS c_%2$s"
                    .formatted(kind.totalColumn(), kind.name().toLowerCase(Locale.ROOT))));
    columns.add("entry_count AS s_entries, 0 AS c_entries");
    return String.join(", ", columns);
  }

  private static String computed() {
    var columns = new ArrayList<String>();
    columns.add("0, SUM(minutes)");
    KINDS.forEach(
        kind ->
            columns.add("0, SUM(CASE WHEN kind = '%s' THEN minutes ELSE 0 END)".formatted(kind)));
    columns.add("0, COUNT(*)");
    return String.join(", ", columns);
  }
}
