package kr.cheongnabi.learning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Map;
import kr.cheongnabi.ledger.control.SourceTitles;
import kr.cheongnabi.ledger.entity.EntryKind;
import kr.cheongnabi.ledger.entity.SourceKey;
import kr.cheongnabi.platform.entity.Bilingual;

/** Names an in-person credit by the session's title. */
@ApplicationScoped
public class SessionTitles implements SourceTitles {

  @PersistenceContext EntityManager em;

  @Override
  public String sourceType() {
    return EntryKind.IN_PERSON.sourceType();
  }

  @Override
  public Map<SourceKey, Bilingual> titles(Collection<SourceKey> sources) {
    return SourceTitles.query(
        em,
        EntryKind.IN_PERSON,
        sources,
        "SELECT id, title_ko, title_en FROM training_session WHERE id IN (%s)");
  }
}
