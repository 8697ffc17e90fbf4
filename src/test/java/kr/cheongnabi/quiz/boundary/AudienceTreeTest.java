package kr.cheongnabi.quiz.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kr.cheongnabi.people.control.UnitEntry;
import kr.cheongnabi.platform.entity.Bilingual;
import org.junit.jupiter.api.Test;
import org.primefaces.model.TreeNode;

class AudienceTreeTest {

  private static final UnitEntry CITY = unit(1, "청렴시", null, false);
  private static final UnitEntry AUDIT = unit(2, "감사관", "청렴시", false);
  private static final UnitEntry WELFARE = unit(3, "복지국", "청렴시", true);
  private static final UnitEntry AUDIT_TEAM = unit(4, "감사팀", "감사관", true);

  private static final Map<Long, List<UnitEntry>> CHILDREN =
      Map.of(1L, List.of(AUDIT, WELFARE), 2L, List.of(AUDIT_TEAM));

  private final List<Long> loaded = new ArrayList<>();

  private static UnitEntry unit(long id, String name, String parent, boolean leaf) {
    return new UnitEntry(
        id,
        "U" + id,
        new Bilingual(name, name),
        parent == null ? null : new Bilingual(parent, parent),
        leaf);
  }

  private List<UnitEntry> children(Long parentId) {
    loaded.add(parentId);
    return CHILDREN.getOrDefault(parentId, List.of());
  }

  /** The whole tree opened. */
  private AudienceTree opened() {
    var tree = new AudienceTree(List.of(CITY));
    tree.expand(node(tree, CITY), this::children);
    tree.expand(node(tree, AUDIT), this::children);
    return tree;
  }

  /** The loaded node of the unit. */
  private static TreeNode<UnitEntry> node(AudienceTree tree, UnitEntry unit) {
    return find(tree.root(), unit).orElseThrow();
  }

  private static Optional<TreeNode<UnitEntry>> find(TreeNode<UnitEntry> from, UnitEntry unit) {
    if (unit.equals(from.getData())) {
      return Optional.of(from);
    }
    return from.getChildren().stream()
        .map(child -> find(child, unit))
        .flatMap(Optional::stream)
        .findFirst();
  }

  @Test
  void subUnitsAreLoadedOnlyWhenAUnitIsFirstOpened() {
    var tree = new AudienceTree(List.of(CITY));
    var city = tree.root().getChildren().get(0);
    assertFalse(city.isLeaf(), "a unit with sub-units can be opened before they are loaded");
    assertEquals(0, city.getChildCount());

    tree.expand(city, this::children);
    tree.expand(city, this::children);

    assertEquals(List.of(1L), loaded);
    assertEquals(2, city.getChildCount());
    assertTrue(city.isExpanded());
    assertTrue(city.getChildren().get(1).isLeaf());
  }

  @Test
  void aChosenUnitTicksEveryUnitBelowItAndOnlyItCanBeUnticked() {
    var tree = opened();
    tree.mark(Set.of(AUDIT.id()));

    assertTrue(node(tree, AUDIT).isSelected());
    assertTrue(node(tree, AUDIT).isSelectable());
    assertTrue(node(tree, AUDIT_TEAM).isSelected());
    assertFalse(node(tree, AUDIT_TEAM).isSelectable(), "included through its parent");
    assertFalse(node(tree, WELFARE).isSelected());
    assertEquals(
        List.of(AUDIT_TEAM, AUDIT), tree.ticked().stream().map(TreeNode::getData).toList());
  }

  @Test
  void aUnitWithAChosenUnitBelowItIsMarkedPartly() {
    var tree = opened();
    tree.mark(Set.of(AUDIT_TEAM.id()));

    assertFalse(node(tree, CITY).isSelected());
    assertTrue(node(tree, CITY).isPartialSelected());
    assertTrue(node(tree, AUDIT).isPartialSelected());
    assertFalse(node(tree, WELFARE).isPartialSelected());
    assertTrue(node(tree, AUDIT_TEAM).isSelectable());

    tree.mark(Set.of());
    assertFalse(node(tree, CITY).isPartialSelected(), "marks follow the chosen units");
    assertEquals(List.of(), tree.ticked());
  }
}
