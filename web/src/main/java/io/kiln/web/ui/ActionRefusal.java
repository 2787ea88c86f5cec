package io.kiln.web.ui;

import org.springframework.ui.Model;

/** A refused row action (revoke, delete, stop): the page shows its sentence beside the control with this id. */
final class ActionRefusal {
  private ActionRefusal() {}

  static void put(Model model, String target, Throwable error) {
    model.addAttribute("actionError", FormError.of(error));
    model.addAttribute("actionTarget", target);
  }
}
