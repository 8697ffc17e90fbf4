package kr.cheongnabi.cases.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import kr.cheongnabi.cases.control.CaseDraft;
import kr.cheongnabi.cases.control.Cases;
import kr.cheongnabi.cases.control.InvalidCase;
import kr.cheongnabi.cases.entity.Law;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.entity.Bilingual;
import kr.cheongnabi.quiz.control.TextFormat;

/**
 * trainer/case.xhtml?case=KEY: a case's texts in Korean and English, its duty areas and laws, saved
 * as it is and published or withdrawn; without a key, a new case, stored as a draft.
 */
@Named
@ViewScoped
public class TrainerCaseBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A duty area to tick. */
  public record AreaOption(String code, Bilingual name) implements Serializable {}

  @Inject Cases cases;

  private String caseKey;
  private CaseForm form;
  private long version = -1;
  private boolean published;
  private boolean found = true;
  private List<AreaOption> areas;

  public void load() {
    areas = cases.dutyAreas().stream().map(a -> new AreaOption(a.getCode(), a.getName())).toList();
    if (caseKey == null || caseKey.isBlank()) {
      form = CaseForm.of(CaseDraft.empty(null));
      return;
    }
    var stored = cases.forEditing(caseKey);
    if (stored.isEmpty()) {
      found = false;
      Messages.error("cases.notFound", caseKey);
      return;
    }
    form = CaseForm.of(stored.get().draft());
    version = stored.get().getVersion();
    published = stored.get().isPublished();
  }

  /** Stores the case as written: a new one as a draft, a known one keeping its state. */
  public String save() {
    boolean isNew = version < 0;
    try {
      version = cases.save(form.toDraft(), version);
      Messages.info("cases.saved", form.getKey());
      if (isNew) {
        return "/trainer/case?faces-redirect=true&case=" + form.getKey();
      }
    } catch (InvalidCase e) {
      CaseMessages.show(e);
    } catch (BusinessException e) {
      Messages.error(e);
    }
    return null;
  }

  public void publish(boolean published) {
    try {
      cases.publish(caseKey, published);
      this.published = published;
      Messages.info(published ? "cases.published" : "cases.withdrawn", caseKey);
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public boolean isNew() {
    return version < 0;
  }

  public String getCaseKey() {
    return caseKey;
  }

  public void setCaseKey(String caseKey) {
    this.caseKey = caseKey;
  }

  public CaseForm getForm() {
    return form;
  }

  public boolean isPublished() {
    return published;
  }

  public boolean isFound() {
    return found;
  }

  public List<AreaOption> getAreas() {
    return areas;
  }

  public Law[] getLaws() {
    return Law.values();
  }

  public List<TextFormat> getFormats() {
    return List.of(TextFormat.MARKDOWN, TextFormat.PLAIN, TextFormat.HTML);
  }
}
