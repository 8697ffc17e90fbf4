package kr.cheongnabi.ledger.control;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kr.cheongnabi.ledger.entity.EntryKind;
import kr.cheongnabi.ledger.entity.SourceKey;
import kr.cheongnabi.platform.entity.Bilingual;

/**
 * What a ledger entry came from, in words: each component that credits time names its own sources
 * (the quiz of a quiz credit, the module, the session), so the ledger needs to know none of them.
 */
public interface SourceTitles {

  /** The source type this names, e.g. {@code quiz-credit}. */
  String sourceType();

  /** The Korean and, where there is one, English title of each source it knows, by source. */
  Map<SourceKey, Bilingual> titles(Collection<SourceKey> sources);

  /**
   * The titles a query finds for sources of one kind whose ids are numbers.
   *
   * @param select a query of (id, Korean title, English title) whose {@code %s} takes the ids
   */
  static Map<SourceKey, Bilingual> query(
      EntityManager em, EntryKind kind, Collection<SourceKey> sources, String select) {
    var ids =
        sources.stream()
            .map(s -> Long.valueOf(s.id()))
            .distinct()
            .map(String::valueOf)
            .collect(Collectors.joining(","));
    if (ids.isEmpty()) {
      return Map.of();
    }
    List<?> rows = em.createNativeQuery(select.formatted(ids)).getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .collect(
            Collectors.toMap(
                row -> SourceKey.of(kind, ((Number) row[0]).longValue()),
                row -> Bilingual.englishOptional((String) row[1], (String) row[2])));
  }
}
