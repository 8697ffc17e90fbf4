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

/** Names a module credit (its source is the completion) by the module's title. */
@ApplicationScoped
public class ModuleCompletionTitles implements SourceTitles {

  @PersistenceContext EntityManager em;

  @Override
  public String sourceType() {
    return EntryKind.ONLINE_MODULE.sourceType();
  }

  @Override
  public Map<SourceKey, Bilingual> titles(Collection<SourceKey> sources) {
    return SourceTitles.query(
        em,
        EntryKind.ONLINE_MODULE,
        sources,
        "SELECT c.id, m.title_ko, m.title_en FROM module_completion c"
            + " JOIN training_module m ON m.id = c.module_id WHERE c.id IN (%s)");
  }
}
