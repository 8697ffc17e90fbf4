package kr.cheongnabi.people.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import kr.cheongnabi.people.control.DutyAreaMarks;
import kr.cheongnabi.people.control.DutyAreas;
import kr.cheongnabi.people.control.EmployeeQuery;
import kr.cheongnabi.people.control.EmployeeRow;
import kr.cheongnabi.people.control.Employees;
import kr.cheongnabi.people.control.OrgUnits;
import kr.cheongnabi.people.control.UnitHead;
import kr.cheongnabi.people.entity.DutyArea;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.control.BusinessException;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.model.TreeNode;

/**
 * hr/org.xhtml: the organisation tree; choose a unit to edit it, or add a new one, and name the
 * unit's head (found by employee number or name).
 */
@Named
@ViewScoped
public class OrgBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final int HEAD_MATCHES = 10;

  @Inject OrgUnits units;
  @Inject Employees employees;
  @Inject DutyAreas dutyAreas;
  @Inject DutyAreaMarks marks;

  private TreeNode<UnitOption> root;
  private List<UnitOption> unitOptions;
  private TreeNode<UnitOption> selected;

  private Long id;
  private long version;
  private String code;
  private String nameKo;
  private String nameEn;
  private Long parentId;
  private UnitHead head;
  private List<DutyArea> areaOptions = List.of();
  private List<String> areas = new ArrayList<>();
  private String headText;
  private List<EmployeeRow> headMatches = List.of();

  public void load() {
    var all = units.all();
    unitOptions = UnitOption.of(all);
    root = UnitTree.of(all).root();
    areaOptions = dutyAreas.all();
  }

  public void onSelect(NodeSelectEvent event) {
    var unit = units.find(((UnitOption) event.getTreeNode().getData()).id());
    id = unit.getId();
    version = unit.getVersion();
    code = unit.getCode();
    nameKo = unit.getName().ko();
    nameEn = unit.getName().en();
    parentId = unit.getParent() == null ? null : unit.getParent().getId();
    head = units.head(id).orElse(null);
    areas = new ArrayList<>(marks.ofUnit(id));
    headText = null;
    headMatches = List.of();
  }

  public void findHead() {
    headMatches =
        employees.search(
            new EmployeeQuery(headText, null, null, EmployeeQuery.SortField.NUMBER, true),
            0,
            HEAD_MATCHES);
    if (headMatches.isEmpty()) {
      Messages.error("alert.head.noMatch", headText == null ? "" : headText);
    }
  }

  /** Makes the employee the unit's head; null leaves the unit without one. */
  public void changeHead(Long employeeId) {
    try {
      version = units.changeHead(id, version, employeeId).getVersion();
      head = units.head(id).orElse(null);
      headMatches = List.of();
      headText = null;
      Messages.info(head == null ? "alert.head.removed" : "alert.head.saved", code);
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public void startNew() {
    parentId = id;
    id = null;
    code = null;
    nameKo = null;
    nameEn = null;
    selected = null;
    head = null;
    areas = new ArrayList<>();
    headMatches = List.of();
  }

  public void save() {
    try {
      if (id == null) {
        var created = units.create(code, nameKo, nameEn, parentId);
        id = created.getId();
        version = created.getVersion();
      } else {
        version = units.update(id, version, nameKo, nameEn, parentId).getVersion();
      }
      marks.markUnit(id, areas);
      Messages.info("orgUnit.saved", code);
      load();
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  /** The duty areas HR may mark the unit with, in the list's order. */
  public List<DutyArea> getAreaOptions() {
    return areaOptions;
  }

  /** The areas the unit is marked with; they apply to all its sub-units too. */
  public List<String> getAreas() {
    return areas;
  }

  public void setAreas(List<String> areas) {
    this.areas = areas == null ? new ArrayList<>() : new ArrayList<>(areas);
  }

  public boolean isEditing() {
    return id != null;
  }

  public UnitHead getHead() {
    return head;
  }

  public String getHeadText() {
    return headText;
  }

  public void setHeadText(String headText) {
    this.headText = headText;
  }

  public List<EmployeeRow> getHeadMatches() {
    return headMatches;
  }

  public TreeNode<UnitOption> getRoot() {
    return root;
  }

  public List<UnitOption> getUnitOptions() {
    return unitOptions;
  }

  public TreeNode<UnitOption> getSelected() {
    return selected;
  }

  public void setSelected(TreeNode<UnitOption> selected) {
    this.selected = selected;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getNameKo() {
    return nameKo;
  }

  public void setNameKo(String nameKo) {
    this.nameKo = nameKo;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public Long getParentId() {
    return parentId;
  }

  public void setParentId(Long parentId) {
    this.parentId = parentId;
  }
}
