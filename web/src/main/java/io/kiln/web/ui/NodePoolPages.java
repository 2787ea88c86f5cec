package io.kiln.web.ui;

import static io.kiln.domain.readmodel.ReadModels.NODE_POOLS;

import io.kiln.domain.KilnException;
import io.kiln.domain.nodepool.ChangeNodePoolCommand;
import io.kiln.domain.nodepool.DefineNodePoolCommand;
import io.kiln.domain.nodepool.DeleteNodePoolCommand;
import io.kiln.domain.nodepool.NodePoolRules;
import io.kiln.web.cqrs.Cqrs;
import io.kiln.web.cqrs.RequestContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import reactor.core.publisher.Mono;

/** Node pools on the admin page: their bounds and size, the scaler's recent decisions; administrators define,
 * change and delete pools (the same commands and queries as {@code /api/v1/admin/node-pools}). */
@Controller
class NodePoolPages {
  private final Cqrs cqrs;
  private final AdminPages admin;

  NodePoolPages(Cqrs cqrs, AdminPages admin) {
    this.cqrs = cqrs;
    this.admin = admin;
  }

  record PoolForm(String name, String machineDeployment, String namespace, Integer min, Integer max,
                  String nodeLabel) {
    String label() {
      return ProjectPages.blankToNull(nodeLabel) == null ? name : nodeLabel;
    }
  }

  @PostMapping("/admin/node-pools")
  Mono<String> define(@ModelAttribute PoolForm form, RequestContext context, Model model) {
    return Mono.defer(() -> {
      NodePoolRules.checkName(form.name());
      return cqrs.sendAndAwait(new DefineNodePoolCommand(form.name(), form.machineDeployment(), form.namespace(),
          required("min", form.min()), required("max", form.max()), form.label()), context, NODE_POOLS, form.name());
    }).thenReturn("redirect:/admin#nodepool")
        .onErrorResume(e -> {
          model.addAttribute("poolForm", form);
          return admin.page(FormError.of(e), "nodepool", context, model);
        });
  }

  @PostMapping("/admin/node-pools/{name}")
  Mono<String> change(@PathVariable String name, @ModelAttribute PoolForm form, RequestContext context,
                      Model model) {
    return Mono.defer(() -> cqrs.sendAndAwait(new ChangeNodePoolCommand(name, form.machineDeployment(),
            form.namespace(), required("min", form.min()), required("max", form.max()),
            ProjectPages.blankToNull(form.nodeLabel()) == null ? name : form.nodeLabel()), context, NODE_POOLS, name))
        .thenReturn("redirect:/admin#nodepool")
        .onErrorResume(e -> refused("change-pool-" + name, e, context, model));
  }

  @PostMapping("/admin/node-pools/{name}/delete")
  Mono<String> delete(@PathVariable String name, RequestContext context, Model model) {
    return Mono.defer(() -> cqrs.sendAndAwait(new DeleteNodePoolCommand(name), context, NODE_POOLS, name))
        .thenReturn("redirect:/admin#nodepool")
        .onErrorResume(e -> refused("delete-pool-" + name, e, context, model));
  }

  private Mono<String> refused(String target, Throwable e, RequestContext context, Model model) {
    ActionRefusal.put(model, target, e);
    return admin.page(null, "nodepool", context, model);
  }

  private static int required(String field, Integer value) {
    if (value == null) {
      throw KilnException.invalid(field, "is required");
    }
    return value;
  }
}
