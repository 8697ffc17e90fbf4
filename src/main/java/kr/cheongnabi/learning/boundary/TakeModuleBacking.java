package kr.cheongnabi.learning.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.function.Supplier;
import kr.cheongnabi.learning.control.LessonView;
import kr.cheongnabi.learning.control.ModuleView;
import kr.cheongnabi.learning.control.MyModules;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.control.BusinessException;

/**
 * me/module.xhtml?module=KEY: one lesson at a time beside the list of lessons and the progress.
 * Opening the page resumes at the first lesson not seen yet, so a reload, a new tab or another
 * device comes back to the same place; "Next" marks a text or file lesson seen, opening its link
 * marks a link lesson seen. Completing credits the module's minutes once.
 */
@Named
@ViewScoped
public class TakeModuleBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject MyModules modules;

  private String module;
  private ModuleView view;
  private int shown;

  public void open() {
    if (module == null || module.isBlank()) {
      Messages.error("module.notAvailable", "");
      return;
    }
    try {
      view = modules.view(module);
      shown = view.resumeIndex();
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public void show(int index) {
    shown = Math.max(0, Math.min(index, view.total() - 1));
  }

  /** Marks the lesson shown as seen (unless it is a link) and shows the next one. */
  public void next() {
    var lesson = current();
    if (lesson.isSeenByGoingOn() && act(() -> modules.seen(module, lesson.id()))) {
      shown = shown + 1 < view.total() ? shown + 1 : view.resumeIndex();
    } else if (!lesson.isSeenByGoingOn() && shown + 1 < view.total()) {
      shown++;
    }
  }

  /** The learner opened the link of the link lesson shown, in a new tab. */
  public void linkOpened() {
    var lesson = current();
    act(() -> modules.seen(module, lesson.id()));
  }

  public void complete() {
    if (act(() -> modules.complete(module))) {
      Messages.info("module.completedNow", view.completion().minutes());
    }
  }

  private boolean act(Supplier<ModuleView> action) {
    try {
      view = action.get();
      return true;
    } catch (BusinessException e) {
      Messages.error(e);
      try {
        view = modules.view(module);
      } catch (BusinessException closedMeanwhile) {
        view = null;
      }
      return false;
    }
  }

  private LessonView current() {
    return view.lessons().get(shown);
  }

  public ModuleView getView() {
    return view;
  }

  public LessonView getCurrent() {
    return view == null || view.lessons().isEmpty() ? null : current();
  }

  public int getShown() {
    return shown;
  }

  public boolean isLast() {
    return view != null && shown == view.total() - 1;
  }

  public String getModule() {
    return module;
  }

  public void setModule(String module) {
    this.module = module;
  }
}
