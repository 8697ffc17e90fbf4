package kr.cheongnabi.people.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import kr.cheongnabi.platform.entity.Bilingual;

/** A unit of the organisation: the city, a bureau, a district, a department, a team. */
@Entity
@Table(name = "org_unit")
@NamedQuery(name = OrgUnit.ALL, query = "SELECT u FROM OrgUnit u ORDER BY u.code")
@NamedQuery(name = OrgUnit.BY_CODE, query = "SELECT u FROM OrgUnit u WHERE u.code = :code")
@NamedQuery(name = OrgUnit.COUNT, query = "SELECT COUNT(u) FROM OrgUnit u")
public class OrgUnit {

  public static final String ALL = "OrgUnit.all";
  public static final String BY_CODE = "OrgUnit.byCode";
  public static final String COUNT = "OrgUnit.count";

  /** The longest name the columns hold, in either language. */
  public static final int NAME_MAX = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotBlank
  @Size(max = 40)
  @Pattern(regexp = "[A-Za-z0-9_-]+", message = "{orgUnit.code.pattern}")
  private String code;

  @NotNull
  @Embedded
  @AttributeOverride(name = "ko", column = @Column(name = "name_ko"))
  @AttributeOverride(name = "en", column = @Column(name = "name_en"))
  private Bilingual name;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private OrgUnit parent;

  /** Told about the unit's overdue follow-up training when the year's alerts say so. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "head_employee_id")
  private Employee head;

  @Version private long version;

  protected OrgUnit() {}

  public OrgUnit(String code, Bilingual name, OrgUnit parent) {
    this.code = code;
    rename(name);
    this.parent = parent;
  }

  public void rename(Bilingual name) {
    this.name = Objects.requireNonNull(name, "name").requireAtMost(NAME_MAX);
  }

  public void moveUnder(OrgUnit newParent) {
    for (var ancestor = newParent; ancestor != null; ancestor = ancestor.parent) {
      if (ancestor == this) {
        throw new IllegalArgumentException(code + " cannot be placed under its own sub-unit");
      }
    }
    this.parent = newParent;
  }

  /** Makes the employee the unit's head; null: the unit has none. */
  public void headedBy(Employee employee) {
    this.head = employee;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public Bilingual getName() {
    return name;
  }

  public OrgUnit getParent() {
    return parent;
  }

  public long getVersion() {
    return version;
  }
}
