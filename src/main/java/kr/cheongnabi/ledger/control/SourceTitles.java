package kr.cheongnabi.ledger.control;

import java.util.Collection;
import java.util.Map;
import kr.cheongnabi.ledger.entity.SourceKey;

/**
 * What a ledger entry came from, in words: each component that credits time names its own sources
 * (the quiz of a quiz credit, the module, the session), so the ledger needs to know none of them.
 */
public interface SourceTitles {

  /** The source type this names, e.g. {@code quiz-credit}. */
  String sourceType();

  /** The Korean and English title of each of the sources it knows, by source. */
  Map<SourceKey, Title> titles(Collection<SourceKey> sources);

  /** A title in both languages. */
  record Title(String korean, String english) {}
}
