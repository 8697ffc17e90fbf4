package kr.cheongnabi.quiz.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kr.cheongnabi.ledger.control.SourceTitles;
import kr.cheongnabi.ledger.entity.EntryKind;
import kr.cheongnabi.ledger.entity.SourceKey;

/** Names a quiz credit by the quiz passed: the title of the version the attempt was taken on. */
@ApplicationScoped
public class QuizCreditTitles implements SourceTitles {

  @PersistenceContext EntityManager em;

  @Override
  public String sourceType() {
    return EntryKind.QUIZ.sourceType();
  }

  @Override
  public Map<SourceKey, Title> titles(Collection<SourceKey> sources) {
    List<Long> ids = sources.stream().map(s -> Long.valueOf(s.id())).distinct().toList();
    if (ids.isEmpty()) {
      return Map.of();
    }
    List<?> rows =
        em.createNativeQuery(
                "SELECT c.id, v.title_ko, v.title_en FROM quiz_credit c"
                    + " JOIN quiz_attempt a ON a.id = c.attempt_id"
                    + " JOIN quiz_version v ON v.id = a.quiz_version_id WHERE c.id IN ("
                    + ids.stream().map(String::valueOf).collect(Collectors.joining(","))
                    + ")")
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .collect(
            Collectors.toMap(
                row -> SourceKey.of(EntryKind.QUIZ, ((Number) row[0]).longValue()),
                row -> new Title((String) row[1], (String) row[2])));
  }
}
