package kr.cheongnabi.survey.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import kr.cheongnabi.platform.control.SignedInEmployee;
import kr.cheongnabi.platform.entity.Role;
import kr.cheongnabi.survey.entity.RespondentGroup;
import kr.cheongnabi.survey.entity.SurveyRound;
import kr.cheongnabi.survey.entity.SurveyVersion;

/** What the integrity officer (HR) does with the surveys' rounds, recorded under their name. */
@Stateless
@RolesAllowed(Role.HR_NAME)
public class SurveyRounds {

  @EJB Rounds rounds;
  @EJB SurveyCatalogue catalogue;
  @EJB SurveyCodes codes;
  @Inject SignedInEmployee signedIn;

  public List<SurveyVersion> surveys() {
    return catalogue.latestVersions();
  }

  public List<Rounds.RoundRow> rows() {
    return rounds.rows();
  }

  public int eligibleCount(LocalDate startsOn) {
    return rounds.eligibleCount(startsOn);
  }

  public SurveyRound open(long versionId, LocalDate startsOn, LocalDate endsOn) {
    return rounds.open(versionId, startsOn, endsOn, signedIn.username());
  }

  public SurveyRound close(long roundId) {
    return rounds.close(roundId);
  }

  /** A new code for each contact of the file, in its order, returned only here. */
  public List<String> codes(long roundId, List<ContactFile.Contact> contacts) {
    return codes.generate(roundId, contacts.stream().map(ContactFile.Contact::group).toList());
  }

  /** New one-time codes for an external round, returned only here. */
  public List<String> codes(long roundId, RespondentGroup group, int count) {
    return codes.generate(roundId, group, count);
  }
}
