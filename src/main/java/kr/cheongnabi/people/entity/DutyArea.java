package kr.cheongnabi.people.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.regex.Pattern;
import kr.cheongnabi.platform.entity.Bilingual;

/**
 * A duty area prone to corruption (construction, procurement and service contracts, grants and
 * subsidies, civil complaints, inspections, personnel), as the integrity office keeps the list: a
 * row each, so that the list grows by a row and not by a release. Integrity cases are tagged with
 * them; units and employees may be marked with them.
 */
@Entity
@Table(name = "duty_area")
@NamedQuery(name = DutyArea.ALL, query = "SELECT a FROM DutyArea a ORDER BY a.position, a.code")
public class DutyArea implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String ALL = "DutyArea.all";

  /** Lower-case letters, digits and hyphens, as written in case files and addresses. */
  public static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

  @Id private String code;

  @Embedded
  @AttributeOverride(name = "ko", column = @Column(name = "name_ko"))
  @AttributeOverride(name = "en", column = @Column(name = "name_en"))
  private Bilingual name;

  private int position;

  protected DutyArea() {}

  public String getCode() {
    return code;
  }

  public Bilingual getName() {
    return name;
  }

  /** Where the area stands in lists, from 1. */
  public int getPosition() {
    return position;
  }
}
