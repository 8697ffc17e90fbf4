package kr.cheongnabi.quiz.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import kr.cheongnabi.people.control.UnitEntry;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * The organisation tree of the audience page, loaded a level at a time as the trainer opens it (a
 * city has thousands of units; the view keeps only what was opened). A unit is ticked when it is
 * chosen or lies under a chosen unit; under a chosen unit it cannot be unticked on its own, since a
 * chosen unit includes all its sub-units. A unit with chosen units below it is marked partly so.
 */
final class AudienceTree implements Serializable {

  private static final long serialVersionUID = 1L;

  private final TreeNode<UnitEntry> root = new DefaultTreeNode<>(null, null);
  private List<TreeNode<UnitEntry>> ticked = List.of();

  AudienceTree(List<UnitEntry> topLevel) {
    topLevel.forEach(unit -> new UnitNode(unit, root));
  }

  TreeNode<UnitEntry> root() {
    return root;
  }

  /** The nodes ticked by the last {@link #mark}, as the tree's selection. */
  List<TreeNode<UnitEntry>> ticked() {
    return ticked;
  }

  /** Opens a unit, loading its sub-units the first time. */
  void expand(TreeNode<UnitEntry> node, Function<Long, List<UnitEntry>> children) {
    if (node instanceof UnitNode unit && !unit.loaded) {
      children.apply(unit.getData().id()).forEach(child -> new UnitNode(child, unit));
      unit.loaded = true;
    }
    node.setExpanded(true);
  }

  /** Ticks the units that are chosen or under a chosen unit, among those loaded. */
  void mark(Set<Long> chosen) {
    var nodes = new ArrayList<TreeNode<UnitEntry>>();
    root.getChildren().forEach(node -> mark(node, chosen, false, nodes));
    ticked = List.copyOf(nodes);
  }

  /** Whether the node or a unit below it is ticked. */
  private static boolean mark(
      TreeNode<UnitEntry> node,
      Set<Long> chosen,
      boolean underChosen,
      List<TreeNode<UnitEntry>> ticked) {
    var isTicked = underChosen || chosen.contains(node.getData().id());
    node.setSelected(isTicked);
    node.setSelectable(!underChosen);
    var below = false;
    for (var child : node.getChildren()) {
      below |= mark(child, chosen, isTicked, ticked);
    }
    node.setPartialSelected(!isTicked && below);
    if (isTicked) {
      ticked.add(node);
    }
    return isTicked || below;
  }

  /** A unit whose sub-units are loaded when it is first opened. */
  private static final class UnitNode extends DefaultTreeNode<UnitEntry> {

    private static final long serialVersionUID = 1L;

    private boolean loaded;
    private boolean partlyTicked;

    UnitNode(UnitEntry unit, TreeNode<UnitEntry> parent) {
      super(unit, parent);
    }

    @Override
    public boolean isLeaf() {
      return getData().leaf();
    }

    @Override
    public boolean isPartialSelected() {
      return partlyTicked;
    }

    @Override
    public void setPartialSelected(boolean partlyTicked) {
      this.partlyTicked = partlyTicked;
    }
  }
}
