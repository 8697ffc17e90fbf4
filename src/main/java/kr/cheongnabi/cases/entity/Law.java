package kr.cheongnabi.cases.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The laws integrity cases are tagged with. Their names are in the bundles ({@code cases.law.*}); a
 * case file writes the code ({@code graft-act}). A new law is a new constant and two bundle lines.
 */
public enum Law {
  /** 부정청탁 및 금품등 수수의 금지에 관한 법률 (the Improper Solicitation and Graft Act). */
  GRAFT_ACT("graft-act"),
  /** 공직자의 이해충돌 방지법 (the Act on the Prevention of Conflict of Interest). */
  CONFLICT_OF_INTEREST_ACT("conflict-of-interest-act"),
  /** 공무원 행동강령 and the codes of conduct of each institution. */
  CODE_OF_CONDUCT("code-of-conduct"),
  /** 공익신고자 보호법 (the Public Interest Whistleblower Protection Act). */
  WHISTLEBLOWER_ACT("whistleblower-act"),
  /** 부패방지 및 국민권익위원회의 설치와 운영에 관한 법률 (the Anti-Corruption Act). */
  ANTI_CORRUPTION_ACT("anti-corruption-act");

  private final String code;

  Law(String code) {
    this.code = code;
  }

  /** The code written in case files and addresses. */
  public String code() {
    return code;
  }

  public static Optional<Law> ofCode(String code) {
    return Arrays.stream(values()).filter(law -> law.code.equals(code)).findFirst();
  }
}
