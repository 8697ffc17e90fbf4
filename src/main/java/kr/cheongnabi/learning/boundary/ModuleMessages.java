package kr.cheongnabi.learning.boundary;

import kr.cheongnabi.learning.control.InvalidModule;
import kr.cheongnabi.learning.control.ModuleEditor;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.control.BusinessException;

/** What the trainer pages say about a module: each problem by lesson number and field. */
final class ModuleMessages {

  private ModuleMessages() {}

  static void show(InvalidModule refused) {
    for (var problem : refused.problems()) {
      var field = Messages.text("trainerModule.field." + problem.field());
      var reason = Messages.text("trainerModule.reason." + problem.reason());
      if (problem.lesson() == 0) {
        Messages.error("trainerModule.problem.module", field, reason);
      } else {
        Messages.error("trainerModule.problem.lesson", problem.lesson(), field, reason);
      }
    }
  }

  /** Publishes or withdraws the module and says so, or lists what keeps it from being published. */
  static void publish(ModuleEditor editor, String key, boolean published) {
    try {
      editor.publish(key, published);
      Messages.info(published ? "trainerModule.published" : "trainerModule.withdrawn", key);
    } catch (InvalidModule e) {
      Messages.error("trainerModule.notPublished", key);
      show(e);
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }
}
