package kr.cheongnabi.people.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import kr.cheongnabi.people.control.OrgUnitService;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.control.BusinessException;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.model.TreeNode;

/** hr/org.xhtml: the organisation tree; choose a unit to edit it, or add a new one. */
@Named
@ViewScoped
public class OrgBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject OrgUnitService units;

  private TreeNode<UnitOption> root;
  private List<UnitOption> unitOptions;
  private TreeNode<UnitOption> selected;

  private Long id;
  private long version;
  private String code;
  private String nameKo;
  private String nameEn;
  private Long parentId;

  public void load() {
    var all = units.all();
    unitOptions = UnitOption.of(all);
    root = UnitTree.of(all).root();
  }

  public void onSelect(NodeSelectEvent event) {
    var unit = units.find(((UnitOption) event.getTreeNode().getData()).id());
    id = unit.getId();
    version = unit.getVersion();
    code = unit.getCode();
    nameKo = unit.getNameKo();
    nameEn = unit.getNameEn();
    parentId = unit.getParent() == null ? null : unit.getParent().getId();
  }

  public void startNew() {
    parentId = id;
    id = null;
    code = null;
    nameKo = null;
    nameEn = null;
    selected = null;
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
      Messages.info("orgUnit.saved", code);
      load();
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public boolean isEditing() {
    return id != null;
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
