package kr.cheongnabi.requirement.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import kr.cheongnabi.platform.entity.Role;

/**
 * The yearly requirement for HR's settings page: every change is recorded under the signed-in
 * person's name, and what employees owe is computed again after it.
 */
@Stateless
@RolesAllowed(Role.HR_NAME)
public class Requirements {

  @Resource SessionContext session;
  @Inject RequirementBook book;
  @Inject Obligations obligations;

  public RequirementSettings settings(int year) {
    return book.settings(year);
  }

  public void change(int year, Long seenVersion, RequirementValues values) {
    book.change(year, seenVersion, values, me());
  }

  public void putOverride(
      int year,
      Long seenVersion,
      GroupKind kind,
      String value,
      int targetMinutes,
      int floorMinutes) {
    book.putOverride(year, seenVersion, kind, value, targetMinutes, floorMinutes, me());
  }

  public void removeOverride(int year, Long seenVersion, GroupKind kind, String value) {
    book.removeOverride(year, seenVersion, kind, value, me());
  }

  /** Starts computing the year's obligations again, in the background. */
  public void recompute(int year) {
    obligations.recomputeYearInBackground(year, me());
  }

  public Optional<RecomputeProgress> progress(int year) {
    return obligations.progress(year);
  }

  private String me() {
    return session.getCallerPrincipal().getName();
  }
}
