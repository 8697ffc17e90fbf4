package kr.cheongnabi.quiz.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Map;
import kr.cheongnabi.ledger.control.SourceTitles;
import kr.cheongnabi.ledger.entity.EntryKind;
import kr.cheongnabi.ledger.entity.SourceKey;
import kr.cheongnabi.platform.entity.Bilingual;

/** Names a quiz credit by the quiz passed: the title of the version the attempt was taken on. */
@ApplicationScoped
public class QuizCreditTitles implements SourceTitles {

  @PersistenceContext EntityManager em;

  @Override
  public String sourceType() {
    return EntryKind.QUIZ.sourceType();
  }

  @Override
  public Map<SourceKey, Bilingual> titles(Collection<SourceKey> sources) {
    return SourceTitles.query(
        em,
        EntryKind.QUIZ,
        sources,
        "SELECT c.id, v.title_ko, v.title_en FROM quiz_credit c"
            + " JOIN quiz_attempt a ON a.id = c.attempt_id"
            + " JOIN quiz_version v ON v.id = a.quiz_version_id WHERE c.id IN (%s)");
  }
}
