package kr.cheongnabi.people.boundary;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.cheongnabi.people.entity.OrgUnit;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/** The organisation as a p:tree shows it: each unit under its parent, the top two levels open. */
public final class UnitTree implements Serializable {

  private static final long serialVersionUID = 1L;

  private final TreeNode<UnitOption> root = new DefaultTreeNode<>(null, null);
  private final Map<Long, TreeNode<UnitOption>> nodes = new HashMap<>();

  private UnitTree() {}

  public static UnitTree of(List<OrgUnit> units) {
    var tree = new UnitTree();
    var parents = new HashMap<Long, Long>();
    units.forEach(
        u -> parents.put(u.getId(), u.getParent() == null ? null : u.getParent().getId()));
    for (var option : UnitOption.of(units)) {
      var parentNode = tree.nodes.getOrDefault(parents.get(option.id()), tree.root);
      var node = new DefaultTreeNode<>(option, parentNode);
      node.setExpanded(option.depth() < 2);
      tree.nodes.put(option.id(), node);
    }
    return tree;
  }

  public TreeNode<UnitOption> root() {
    return root;
  }

  public Optional<TreeNode<UnitOption>> node(long unitId) {
    return Optional.ofNullable(nodes.get(unitId));
  }
}
