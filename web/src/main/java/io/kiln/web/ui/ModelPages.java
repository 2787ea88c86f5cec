package io.kiln.web.ui;

import static io.kiln.domain.readmodel.ReadModels.BUILDS;
import static io.kiln.domain.readmodel.ReadModels.DEPLOYMENTS;
import static io.kiln.domain.readmodel.ReadModels.MODELS;

import io.kiln.domain.build.BuildId;
import io.kiln.domain.build.BuildKind;
import io.kiln.domain.build.BuildPage;
import io.kiln.domain.build.BuildSource;
import io.kiln.domain.build.ListBuildsQuery;
import io.kiln.domain.build.RequestBuildCommand;
import io.kiln.domain.build.SourceKind;
import io.kiln.domain.deployment.CreateDeploymentCommand;
import io.kiln.domain.deployment.DeploymentId;
import io.kiln.domain.deployment.DeploymentPage;
import io.kiln.domain.deployment.ListDeploymentsQuery;
import io.kiln.domain.deployment.PromoteDeploymentCanaryCommand;
import io.kiln.domain.deployment.RollBackDeploymentCanaryCommand;
import io.kiln.domain.deployment.ScaleDeploymentCommand;
import io.kiln.domain.deployment.SetDeploymentCanaryCommand;
import io.kiln.domain.deployment.StopDeploymentCommand;
import io.kiln.domain.model.CreateModelAccessKeyCommand;
import io.kiln.domain.model.CreateModelCommand;
import io.kiln.domain.model.ListModelAccessKeysQuery;
import io.kiln.domain.model.ListModelVersionsQuery;
import io.kiln.domain.model.ListModelsQuery;
import io.kiln.domain.model.ModelAccessKeyPage;
import io.kiln.domain.model.ModelId;
import io.kiln.domain.model.ModelKeys;
import io.kiln.domain.model.ModelPage;
import io.kiln.domain.model.ModelRules;
import io.kiln.domain.model.ModelVersionPage;
import io.kiln.domain.model.ModelView;
import io.kiln.domain.model.RevokeModelAccessKeyCommand;
import io.kiln.domain.project.ProjectView;
import io.kiln.domain.readmodel.PageRequests;
import io.kiln.domain.user.ApiKeys;
import io.kiln.web.api.VisibleModels;
import io.kiln.web.api.VisibleProjects;
import io.kiln.web.cqrs.Cqrs;
import io.kiln.web.cqrs.RequestContext;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import reactor.core.publisher.Mono;

/** Models: create, build (with the queue position), versions, deployments (scale, canary, promote, roll back), access keys shown once. */
@Controller
class ModelPages {
  private final Cqrs cqrs;
  private final VisibleProjects projects;
  private final VisibleModels models;
  private final Catalog catalog;

  ModelPages(Cqrs cqrs, VisibleProjects projects, VisibleModels models, Catalog catalog) {
    this.cqrs = cqrs;
    this.projects = projects;
    this.models = models;
    this.catalog = catalog;
  }

  record ModelForm(String name, String description, String file, String function, String runtimeId) {}

  record DeploymentForm(Integer modelVersion, String profileId, Integer replicas) {}

  record CanaryForm(Integer modelVersion, Integer percent) {}

  record KeyForm(String name) {}

  record ScaleForm(Integer replicas) {}

  @GetMapping("/projects/{id}/models")
  Mono<String> list(@PathVariable String id, RequestContext context, Model model) {
    return listPage(id, new ModelForm("", "", "model/serve.py", "predict", null), null, context, model);
  }

  @PostMapping("/projects/{id}/models")
  Mono<String> create(@PathVariable String id, @ModelAttribute ModelForm form, RequestContext context, Model model) {
    ModelId modelId = ModelId.newId();
    return projects.find(id, context)
        .flatMap(project -> cqrs.sendAndAwait(new CreateModelCommand(modelId, project.id(), form.name(),
            ProjectPages.blankToNull(form.description()), form.file(), form.function(), form.runtimeId(), null),
            context, MODELS, modelId.value()))
        .thenReturn("redirect:/models/" + modelId.value())
        .onErrorResume(e -> listPage(id, form, FormError.of(e), context, model));
  }

  @GetMapping("/models/{modelId}")
  Mono<String> model(@PathVariable String modelId, RequestContext context, Model model) {
    return modelPage(modelId, null, context, model);
  }

  @PostMapping("/models/{modelId}/builds")
  Mono<String> build(@PathVariable String modelId, RequestContext context, Model model) {
    BuildId build = BuildId.newId();
    return act(modelId, m -> cqrs.sendAndAwait(new RequestBuildCommand(build, m.projectId(), BuildKind.MODEL,
        ModelRules.imageName(m.name()), new BuildSource(SourceKind.PROJECT_FILES, null, null, null), m.runtimeId(),
        null, m.id()), context, BUILDS, build.value()), context, model);
  }

  @PostMapping("/models/{modelId}/access-keys")
  Mono<String> accessKey(@PathVariable String modelId, @ModelAttribute KeyForm form, RequestContext context,
                         Model model) {
    String secret = ModelKeys.newSecret();
    return models.find(modelId, context)
        .flatMap(m -> cqrs.sendAndAwait(new CreateModelAccessKeyCommand(new ModelId(m.id()),
            UUID.randomUUID().toString(), ProjectPages.blankToNull(form.name()), ApiKeys.hash(secret),
            ApiKeys.displayPrefix(secret)), context, MODELS, m.id()))
        .then(Mono.defer(() -> {
          model.addAttribute("newKey", secret);
          return modelPage(modelId, null, context, model);
        }))
        .onErrorResume(e -> modelPage(modelId, FormError.of(e), context, model));
  }

  @PostMapping("/models/{modelId}/access-keys/{keyId}/revoke")
  Mono<String> revokeKey(@PathVariable String modelId, @PathVariable String keyId, RequestContext context,
                         Model model) {
    return models.find(modelId, context)
        .flatMap(m -> cqrs.sendAndAwait(new RevokeModelAccessKeyCommand(new ModelId(m.id()), keyId), context,
            MODELS, m.id()))
        .thenReturn("redirect:/models/" + modelId + "#access-keys")
        .onErrorResume(e -> {
          ActionRefusal.put(model, "revoke-key-" + keyId, e);
          return modelPage(modelId, null, context, model);
        });
  }

  @PostMapping("/models/{modelId}/deployments/{d}/stop")
  Mono<String> stop(@PathVariable String modelId, @PathVariable String d, RequestContext context, Model model) {
    return models.find(modelId, context)
        .flatMap(m -> cqrs.sendAndAwait(new StopDeploymentCommand(DeploymentId.parse(d)), context, DEPLOYMENTS,
            DeploymentId.parse(d).value()))
        .thenReturn("redirect:/models/" + modelId)
        .onErrorResume(e -> {
          ActionRefusal.put(model, "stop-deployment-" + d, e);
          return modelPage(modelId, null, context, model);
        });
  }

  @PostMapping("/models/{modelId}/deployments")
  Mono<String> deploy(@PathVariable String modelId, @ModelAttribute DeploymentForm form, RequestContext context,
                      Model model) {
    DeploymentId deployment = DeploymentId.newId();
    return act(modelId, m -> cqrs.sendAndAwait(new CreateDeploymentCommand(deployment, m.id(), form.modelVersion(),
        form.profileId(), form.replicas(), Map.of(), Map.of()), context, DEPLOYMENTS, deployment.value()),
        context, model);
  }

  @PostMapping("/models/{modelId}/deployments/{d}/scale")
  Mono<String> scale(@PathVariable String modelId, @PathVariable String d, @ModelAttribute ScaleForm form,
                     RequestContext context, Model model) {
    return deployment(modelId, d, new ScaleDeploymentCommand(DeploymentId.parse(d), form.replicas()), context, model);
  }

  @PostMapping("/models/{modelId}/deployments/{d}/canary")
  Mono<String> canary(@PathVariable String modelId, @PathVariable String d, @ModelAttribute CanaryForm form,
                      RequestContext context, Model model) {
    return deployment(modelId, d, new SetDeploymentCanaryCommand(DeploymentId.parse(d), form.modelVersion(),
        form.percent()), context, model);
  }

  @PostMapping("/models/{modelId}/deployments/{d}/promote")
  Mono<String> promote(@PathVariable String modelId, @PathVariable String d, RequestContext context, Model model) {
    return deployment(modelId, d, new PromoteDeploymentCanaryCommand(DeploymentId.parse(d)), context, model);
  }

  @PostMapping("/models/{modelId}/deployments/{d}/rollback")
  Mono<String> rollback(@PathVariable String modelId, @PathVariable String d, RequestContext context, Model model) {
    return deployment(modelId, d, new RollBackDeploymentCanaryCommand(DeploymentId.parse(d)), context, model);
  }

  private Mono<String> deployment(String modelId, String d, Object command, RequestContext context, Model model) {
    return act(modelId, m -> cqrs.sendAndAwait(command, context, DEPLOYMENTS, DeploymentId.parse(d).value()),
        context, model);
  }

  private Mono<String> act(String modelId, Function<ModelView, Mono<?>> action, RequestContext context,
                           Model model) {
    return models.find(modelId, context).flatMap(action)
        .thenReturn("redirect:/models/" + modelId)
        .onErrorResume(e -> modelPage(modelId, FormError.of(e), context, model));
  }

  private Mono<String> listPage(String id, ModelForm form, FormError error, RequestContext context, Model model) {
    return projects.find(id, context).flatMap(project -> Mono.zip(
        cqrs.query(new ListModelsQuery(project.id(), context.actor(), PageRequests.MAX_PAGE_SIZE, null),
            ResponseTypes.instanceOf(ModelPage.class)), catalog.runtimesFor(project.id()))
        .map(all -> {
          model.addAttribute("project", project);
          model.addAttribute("access", ProjectAccess.of(project, context.principal()));
          model.addAttribute("models", all.getT1().items());
          model.addAttribute("runtimes", all.getT2());
          model.addAttribute("form", form);
          model.addAttribute("error", error);
          return "models";
        }));
  }

  private Mono<String> modelPage(String modelId, FormError error, RequestContext context, Model model) {
    int size = PageRequests.MAX_PAGE_SIZE;
    return models.find(modelId, context).flatMap(m -> projects.find(m.projectId(), context).flatMap(project ->
        Mono.zip(cqrs.query(new ListModelVersionsQuery(m.id(), context.actor(), size, null),
                ResponseTypes.instanceOf(ModelVersionPage.class)),
            cqrs.query(new ListBuildsQuery(null, m.id(), context.actor(), size, null),
                ResponseTypes.instanceOf(BuildPage.class)),
            cqrs.query(new ListDeploymentsQuery(m.id(), context.actor(), size, null),
                ResponseTypes.instanceOf(DeploymentPage.class)),
            cqrs.query(new ListModelAccessKeysQuery(m.id(), context.actor(), size, null),
                ResponseTypes.instanceOf(ModelAccessKeyPage.class)),
            catalog.activeProfiles())
        .map(all -> {
          putModel(model, m, project, context);
          model.addAttribute("versions", all.getT1().items());
          model.addAttribute("builds", all.getT2().items());
          model.addAttribute("deployments", all.getT3().items());
          model.addAttribute("keys", all.getT4().items());
          model.addAttribute("profiles", all.getT5());
          model.addAttribute("error", error);
          return "model";
        })));
  }

  private static void putModel(Model model, ModelView m, ProjectView project, RequestContext context) {
    model.addAttribute("model", m);
    model.addAttribute("project", project);
    model.addAttribute("access", ProjectAccess.of(project, context.principal()));
  }
}
