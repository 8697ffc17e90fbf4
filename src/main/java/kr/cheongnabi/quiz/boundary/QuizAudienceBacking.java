package kr.cheongnabi.quiz.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import kr.cheongnabi.people.control.OrgTree;
import kr.cheongnabi.people.control.UnitEntry;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.quiz.control.Audience;
import kr.cheongnabi.quiz.control.Audiences;
import org.primefaces.event.NodeCollapseEvent;
import org.primefaces.event.NodeExpandEvent;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.event.NodeUnselectEvent;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.TreeNode;

/**
 * trainer/audience.xhtml?quiz=KEY: who sees a quiz, everyone or chosen units with all their
 * sub-units. Units are ticked in the organisation tree or found by name or code; nothing is stored
 * until the trainer saves.
 */
@Named
@ViewScoped
public class QuizAudienceBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SUGGESTIONS = 20;

  @Inject Audiences audiences;
  @Inject OrgTree organisation;

  private String quiz;
  private Audience audience;
  private boolean everyone;
  private LinkedHashMap<Long, UnitEntry> chosen = new LinkedHashMap<>();
  private List<UnitEntry> chosenUnits = List.of();
  private AudienceTree tree;
  private List<TreeNode<UnitEntry>> selection = List.of();
  private Long found;

  public void load() {
    try {
      audience = audiences.of(quiz == null ? "" : quiz);
    } catch (BusinessException e) {
      Messages.error(e);
      return;
    }
    everyone = audience.everyone();
    chosen = new LinkedHashMap<>();
    audience.units().forEach(unit -> chosen.put(unit.id(), unit));
    tree = new AudienceTree(organisation.children(null));
    changed();
  }

  public void onExpand(NodeExpandEvent event) {
    tree.expand(node(event.getTreeNode()), organisation::children);
    changed();
  }

  public void onCollapse(NodeCollapseEvent event) {
    event.getTreeNode().setExpanded(false);
  }

  public void onTick(NodeSelectEvent event) {
    choose(node(event.getTreeNode()).getData());
  }

  public void onUntick(NodeUnselectEvent event) {
    drop(node(event.getTreeNode()).getData().id());
  }

  public void onFound(SelectEvent<Long> event) {
    organisation.byIds(List.of(event.getObject())).forEach(this::choose);
    found = null;
  }

  public List<UnitEntry> suggest(String text) {
    return organisation.search(text, SUGGESTIONS);
  }

  public void drop(long unitId) {
    chosen.remove(unitId);
    changed();
  }

  public String save() {
    try {
      audiences.change(audience.quizKey(), audience.version(), everyone, chosen.keySet());
      Messages.info("audience.saved", audience.quizKey());
      return "/trainer/quizzes?faces-redirect=true";
    } catch (BusinessException e) {
      Messages.error(e);
      return null;
    }
  }

  private void choose(UnitEntry unit) {
    chosen.putIfAbsent(unit.id(), unit);
    changed();
  }

  private void changed() {
    chosenUnits = List.copyOf(chosen.values());
    tree.mark(chosen.keySet());
    selection = new ArrayList<>(tree.ticked());
  }

  @SuppressWarnings("unchecked")
  private static TreeNode<UnitEntry> node(TreeNode<?> node) {
    return (TreeNode<UnitEntry>) node;
  }

  public Audience getAudience() {
    return audience;
  }

  public List<UnitEntry> getChosenUnits() {
    return chosenUnits;
  }

  public TreeNode<UnitEntry> getRoot() {
    return tree == null ? null : tree.root();
  }

  public List<TreeNode<UnitEntry>> getSelection() {
    return selection;
  }

  public void setSelection(List<TreeNode<UnitEntry>> selection) {
    this.selection = selection;
  }

  public boolean isEveryone() {
    return everyone;
  }

  public void setEveryone(boolean everyone) {
    this.everyone = everyone;
  }

  public Long getFound() {
    return found;
  }

  public void setFound(Long found) {
    this.found = found;
  }

  public String getQuiz() {
    return quiz;
  }

  public void setQuiz(String quiz) {
    this.quiz = quiz;
  }
}
