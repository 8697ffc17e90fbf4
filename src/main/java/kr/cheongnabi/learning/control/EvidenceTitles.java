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

/** Names an external credit by the training the employee reported (in the words they used). */
@ApplicationScoped
public class EvidenceTitles implements SourceTitles {

  @PersistenceContext EntityManager em;

  @Override
  public String sourceType() {
    return EntryKind.EXTERNAL.sourceType();
  }

  @Override
  public Map<SourceKey, Bilingual> titles(Collection<SourceKey> sources) {
    return SourceTitles.query(
        em,
        EntryKind.EXTERNAL,
        sources,
        "SELECT id, title, title FROM evidence_claim WHERE id IN (%s)");
  }
}
