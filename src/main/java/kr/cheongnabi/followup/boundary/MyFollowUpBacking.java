package kr.cheongnabi.followup.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import kr.cheongnabi.followup.control.AssignmentRow;
import kr.cheongnabi.followup.control.Assignments;

/** The follow-up section of me/training.xhtml: the signed-in employee's own assignments. */
@Named
@ViewScoped
public class MyFollowUpBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Assignments assignments;

  private List<AssignmentRow> rows = List.of();

  @PostConstruct
  void load() {
    rows = assignments.mine();
  }

  public List<AssignmentRow> getRows() {
    return rows;
  }
}
