package kr.cheongnabi.cases.control;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import kr.cheongnabi.cases.entity.IntegrityCase;
import kr.cheongnabi.cases.entity.Law;
import kr.cheongnabi.people.entity.DutyArea;
import kr.cheongnabi.platform.control.SignedInEmployee;
import kr.cheongnabi.platform.entity.Role;

/**
 * The case library for the pages: trainers write, publish and withdraw cases under their own name;
 * employees read and search the published ones.
 */
@Stateless
public class Cases {

  @Inject CaseBook book;
  @Inject SignedInEmployee signedIn;

  /** Every case, drafts first, for the trainer's list. */
  @RolesAllowed(Role.TRAINER_NAME)
  public List<IntegrityCase> all() {
    return book.all();
  }

  @RolesAllowed(Role.TRAINER_NAME)
  public Optional<IntegrityCase> forEditing(String key) {
    return book.byKey(key);
  }

  /**
   * Stores a new case as a draft ({@code basedOn} -1), or the trainer's changes to the version they
   * started from; returns the version stored.
   */
  @RolesAllowed(Role.TRAINER_NAME)
  public long save(CaseDraft draft, long basedOn) {
    return book.save(draft, basedOn, signedIn.username());
  }

  @RolesAllowed(Role.TRAINER_NAME)
  public void publish(String key, boolean published) {
    book.publish(key, published);
  }

  @RolesAllowed(Role.EMPLOYEE_NAME)
  public Optional<IntegrityCase> published(String key) {
    return book.published(key);
  }

  @RolesAllowed(Role.EMPLOYEE_NAME)
  public List<IntegrityCase> search(String text, String dutyArea, Law law) {
    return book.search(text, dutyArea, law);
  }

  @PermitAll
  public List<DutyArea> dutyAreas() {
    return book.dutyAreas();
  }
}
