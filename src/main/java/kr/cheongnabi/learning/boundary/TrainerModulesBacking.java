package kr.cheongnabi.learning.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import kr.cheongnabi.learning.control.InvalidModule;
import kr.cheongnabi.learning.control.ModuleEditor;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.entity.Bilingual;

/**
 * trainer/modules.xhtml: every module with its state; a new module is named here and then written
 * in the editor; publish and withdraw.
 */
@Named
@ViewScoped
public class TrainerModulesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A module in the trainer's list. */
  public record Row(
      String key,
      Bilingual title,
      int creditMinutes,
      int lessons,
      boolean withQuiz,
      LocalDate availableFrom,
      LocalDate availableUntil,
      boolean published)
      implements Serializable {}

  @Inject ModuleEditor editor;

  private List<Row> rows;
  private String key;
  private final TitlesForm titles = new TitlesForm();

  public void load() {
    rows =
        editor.all().stream()
            .map(
                m ->
                    new Row(
                        m.getKey(),
                        m.getTitle(),
                        m.getCreditMinutes(),
                        m.getLessons().size(),
                        m.getQuizId() != null,
                        m.getAvailableFrom(),
                        m.getAvailableUntil(),
                        m.isPublished()))
            .toList();
  }

  public String create() {
    try {
      var created = editor.create(key, titles.getTitleKo(), titles.getTitleEn());
      Messages.info("trainerModule.created", created);
      return "/trainer/module?faces-redirect=true&module=" + created;
    } catch (InvalidModule e) {
      ModuleMessages.show(e);
    } catch (BusinessException e) {
      Messages.error(e);
    }
    return null;
  }

  public void publish(String moduleKey, boolean published) {
    ModuleMessages.publish(editor, moduleKey, published);
    load();
  }

  public List<Row> getRows() {
    return rows;
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  /** The new module's titles; everything else is written in the editor. */
  public TitlesForm getTitles() {
    return titles;
  }
}
