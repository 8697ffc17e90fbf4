package kr.cheongnabi.cases.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import kr.cheongnabi.cases.control.Cases;
import kr.cheongnabi.cases.entity.CaseOrigin;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.entity.Bilingual;

/** trainer/cases.xhtml: every case with its state, publish and withdraw; new cases and edits. */
@Named
@ViewScoped
public class TrainerCasesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A case in the trainer's list. */
  public record Row(
      String key,
      Bilingual title,
      boolean published,
      CaseOrigin origin,
      Instant updatedAt,
      String updatedBy)
      implements Serializable {}

  @Inject Cases cases;

  private List<Row> rows;

  public void load() {
    rows =
        cases.all().stream()
            .map(
                c ->
                    new Row(
                        c.getKey(),
                        c.getTitle(),
                        c.isPublished(),
                        c.getOrigin(),
                        c.getUpdatedAt(),
                        c.getUpdatedBy()))
            .toList();
  }

  public void publish(String key, boolean published) {
    try {
      cases.publish(key, published);
      Messages.info(published ? "cases.published" : "cases.withdrawn", key);
    } catch (BusinessException e) {
      Messages.error(e);
    }
    load();
  }

  public List<Row> getRows() {
    return rows;
  }
}
