package kr.cheongnabi.ledger.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import kr.cheongnabi.ledger.entity.EntryKind;
import kr.cheongnabi.ledger.entity.LedgerEntry;
import kr.cheongnabi.people.control.EmployeeRecords;

/**
 * The ledger's entries as xAPI statements, a page at a time in the order of the chain, so a
 * learning record store can take everything once and later ask only for what came since.
 */
@Stateless
public class XapiStatements {

  public static final int MAX_PAGE = 1000;

  /**
   * A page of statements.
   *
   * @param nextSince where the next page begins (the {@code since} of the "more" link); null when
   *     this page is the last one for now
   */
  public record Page(List<JsonObject> statements, Long nextSince) {}

  @PersistenceContext EntityManager em;
  @Inject EmployeeRecords employees;

  /** The statements of the entries after sequence number {@code since}, at most {@code limit}. */
  public Page after(long since, int limit, URI base) {
    if (since < 0 || limit < 1 || limit > MAX_PAGE) {
      throw new IllegalArgumentException("since >= 0 and 1 <= limit <= " + MAX_PAGE);
    }
    var entries =
        em.createNamedQuery(LedgerEntry.LEARNING_AFTER, LedgerEntry.class)
            .setParameter("after", since)
            .setParameter("correction", EntryKind.CORRECTION)
            .setMaxResults(limit + 1)
            .getResultList();
    var page = entries.subList(0, Math.min(limit, entries.size()));
    var who =
        employees.identitiesOf(
            page.stream().map(LedgerEntry::getEmployeeId).collect(Collectors.toSet()));
    // Every entry's employee exists: the ledger refers to employees by a foreign key.
    var statements =
        page.stream().map(e -> XapiStatement.of(e, who.get(e.getEmployeeId()), base)).toList();
    var more = entries.size() > limit ? page.get(page.size() - 1).getSequence() : null;
    return new Page(statements, more);
  }
}
