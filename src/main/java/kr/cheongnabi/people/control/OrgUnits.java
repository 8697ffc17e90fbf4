package kr.cheongnabi.people.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import kr.cheongnabi.people.entity.Employee;
import kr.cheongnabi.people.entity.OrgUnit;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.entity.Bilingual;
import kr.cheongnabi.platform.entity.Role;

/** The organisation tree: reading it, adding units, renaming and moving them. */
@Stateless
@RolesAllowed({Role.HR_NAME, Role.ADMIN_NAME})
public class OrgUnits {

  @PersistenceContext EntityManager em;

  @RolesAllowed(Role.EMPLOYEE_NAME)
  public List<OrgUnit> all() {
    return em.createNamedQuery(OrgUnit.ALL, OrgUnit.class).getResultList();
  }

  @RolesAllowed(Role.EMPLOYEE_NAME)
  public Optional<OrgUnit> byCode(String code) {
    return em.createNamedQuery(OrgUnit.BY_CODE, OrgUnit.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  public OrgUnit find(long id) {
    return Optional.ofNullable(em.find(OrgUnit.class, id))
        .orElseThrow(() -> new BusinessException("orgUnit.notFound", id));
  }

  public OrgUnit create(String code, String nameKo, String nameEn, Long parentId) {
    var trimmed = code.trim();
    if (byCode(trimmed).isPresent()) {
      throw new BusinessException("orgUnit.codeTaken", trimmed);
    }
    var unit =
        new OrgUnit(trimmed, new Bilingual(nameKo.trim(), nameEn.trim()), parentOrNull(parentId));
    em.persist(unit);
    return unit;
  }

  public OrgUnit update(long id, long version, String nameKo, String nameEn, Long parentId) {
    var unit = find(id);
    if (unit.getVersion() != version) {
      throw new BusinessException("orgUnit.changedMeanwhile", unit.getCode());
    }
    unit.rename(new Bilingual(nameKo.trim(), nameEn.trim()));
    try {
      unit.moveUnder(parentOrNull(parentId));
    } catch (IllegalArgumentException cycle) {
      throw new BusinessException("orgUnit.cycle", unit.getCode());
    }
    return unit;
  }

  /** The unit's head, if it has one. */
  public Optional<UnitHead> head(long unitId) {
    return em.createQuery(
            "SELECT NEW kr.cheongnabi.people.control.UnitHead(h.id, h.employeeNumber, h.name,"
                + " h.email) FROM OrgUnit u JOIN u.head h WHERE u.id = :id",
            UnitHead.class)
        .setParameter("id", unitId)
        .getResultStream()
        .findFirst();
  }

  /**
   * Makes the employee the head of the unit, or leaves the unit without one (employeeId null).
   *
   * @return the unit, with its new version
   */
  public OrgUnit changeHead(long unitId, long version, Long employeeId) {
    var unit = find(unitId);
    if (unit.getVersion() != version) {
      throw new BusinessException("orgUnit.changedMeanwhile", unit.getCode());
    }
    Employee head = null;
    if (employeeId != null) {
      head =
          Optional.ofNullable(em.find(Employee.class, employeeId))
              .orElseThrow(() -> new BusinessException("employee.notFound", employeeId));
    }
    unit.headedBy(head);
    return unit;
  }

  private OrgUnit parentOrNull(Long parentId) {
    return parentId == null ? null : find(parentId);
  }
}
