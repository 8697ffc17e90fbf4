package kr.cheongnabi.survey.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.entity.Role;
import kr.cheongnabi.platform.entity.TrainingYear;
import kr.cheongnabi.survey.entity.RespondentGroup;
import kr.cheongnabi.survey.entity.SurveyDefinition;
import kr.cheongnabi.survey.entity.SurveyKind;
import kr.cheongnabi.survey.entity.SurveyRound;

/**
 * One-time codes for external respondents, who need no account. A code is 12 characters of an
 * alphabet without look-alikes (no 0/O, 1/I/L), shown as {@code ABCD-EFGH-JKMN}: 31^12 ≈ 2^59
 * codes. Only its SHA-256 is stored, so the table lets nobody answer, and the code is not kept with
 * the response: a used code says that someone of its group answered, not what.
 */
@Stateless
public class SurveyCodes {

  static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  static final int LENGTH = 12;
  public static final int MAX_AT_ONCE = 5000;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The round and group of an unused code. */
  public record Redeemable(long roundId, RespondentGroup group) {}

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** Makes {@code count} new codes for the external round; the codes are returned only here. */
  @RolesAllowed(Role.HR_NAME)
  public List<String> generate(long roundId, RespondentGroup group, int count) {
    if (count < 1 || count > MAX_AT_ONCE) {
      throw new BusinessException("survey.codes.count", MAX_AT_ONCE);
    }
    return generate(roundId, java.util.Collections.nCopies(count, group));
  }

  /** A new code for each group given, in the same order; returned only here. */
  @RolesAllowed(Role.HR_NAME)
  public List<String> generate(long roundId, List<RespondentGroup> groups) {
    SurveyRound round = em.find(SurveyRound.class, roundId);
    if (round == null || round.getSurveyVersion().getKind() != SurveyKind.EXTERNAL) {
      throw new BusinessException("survey.codes.notExternal");
    }
    if (round.isClosed()) {
      throw new BusinessException("survey.notOpen");
    }
    if (groups.isEmpty() || groups.size() > MAX_AT_ONCE) {
      throw new BusinessException("survey.codes.count", MAX_AT_ONCE);
    }
    List<String> codes = new ArrayList<>(groups.size());
    var insert =
        em.createNativeQuery(
            "INSERT INTO survey_code (code_hash, round_id, respondent_group) VALUES (?, ?, ?)");
    for (RespondentGroup group : groups) {
      String code = newCode();
      insert.setParameter(1, hash(code)).setParameter(2, roundId).setParameter(3, group.name());
      insert.executeUpdate();
      codes.add(code);
    }
    return codes;
  }

  /** The round and group of a code not used yet. */
  public Redeemable redeemable(String code) {
    return find(em, code);
  }

  /** What the survey of an unused code asks, while its round takes answers. */
  public SurveyDefinition surveyFor(String code) {
    SurveyRound round = em.find(SurveyRound.class, find(em, code).roundId());
    if (!round.isOpenOn(LocalDate.now(clock.withZone(TrainingYear.KOREA)))) {
      throw new BusinessException("survey.notOpen");
    }
    return SurveyCatalogue.definition(round.getSurveyVersion());
  }

  static Redeemable find(EntityManager em, String code) {
    if (normalised(code).length() != LENGTH) {
      throw new BusinessException("survey.code.unknown");
    }
    List<?> rows =
        em.createNativeQuery(
                "SELECT round_id, respondent_group, used FROM survey_code WHERE code_hash = ?")
            .setParameter(1, hash(code))
            .getResultList();
    if (rows.isEmpty()) {
      throw new BusinessException("survey.code.unknown");
    }
    Object[] row = (Object[]) rows.get(0);
    if (Boolean.TRUE.equals(row[2]) || Integer.valueOf(1).equals(row[2])) {
      throw new BusinessException("survey.alreadySent");
    }
    return new Redeemable(((Number) row[0]).longValue(), RespondentGroup.valueOf((String) row[1]));
  }

  static String newCode() {
    var code = new StringBuilder();
    for (int i = 0; i < LENGTH; i++) {
      if (i > 0 && i % 4 == 0) {
        code.append('-');
      }
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** A code as typed: case, spaces and hyphens do not matter. */
  public static String normalised(String code) {
    return code == null ? "" : code.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
  }

  static byte[] hash(String code) {
    try {
      return MessageDigest.getInstance("SHA-256")
          .digest(normalised(code).getBytes(StandardCharsets.US_ASCII));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
