package io.kiln.web.ui;

import static io.kiln.domain.readmodel.ReadModels.JOBS;
import static io.kiln.domain.readmodel.ReadModels.JOB_RUNS;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.job.DeleteJobCommand;
import io.kiln.domain.job.FindJobQuery;
import io.kiln.domain.job.FindJobRunQuery;
import io.kiln.domain.job.JobId;
import io.kiln.domain.job.JobPage;
import io.kiln.domain.job.JobRunId;
import io.kiln.domain.job.JobRunPage;
import io.kiln.domain.job.JobRunView;
import io.kiln.domain.job.JobView;
import io.kiln.domain.job.ListJobRunsQuery;
import io.kiln.domain.job.ListJobsQuery;
import io.kiln.domain.job.PauseJobCommand;
import io.kiln.domain.job.ResumeJobCommand;
import io.kiln.domain.job.RunJobCommand;
import io.kiln.domain.job.StopJobRunCommand;
import io.kiln.domain.project.ProjectView;
import io.kiln.domain.readmodel.PageRequests;
import io.kiln.web.api.VisibleProjects;
import io.kiln.web.api.job.JobRequests;
import io.kiln.web.cqrs.Cqrs;
import io.kiln.web.cqrs.LiveCollections;
import io.kiln.web.cqrs.RequestContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A project's jobs: define and change them, their dependency graph, run now, pause and resume, runs live. */
@Controller
class JobPages {
  private static final String RUN_ROW = "fragments/run-row";
  private final Cqrs cqrs;
  private final VisibleProjects projects;
  private final Catalog catalog;
  private final LiveCollections live;
  private final Fragments fragments;

  JobPages(Cqrs cqrs, VisibleProjects projects, Catalog catalog, LiveCollections live, Fragments fragments) {
    this.cqrs = cqrs;
    this.projects = projects;
    this.catalog = catalog;
    this.live = live;
    this.fragments = fragments;
  }

  @GetMapping("/projects/{id}/jobs")
  Mono<String> jobs(@PathVariable String id, RequestContext context, Model model) {
    return listPage(id, JobForm.empty(), null, context, model);
  }

  @PostMapping("/projects/{id}/jobs")
  Mono<String> create(@PathVariable String id, @ModelAttribute JobForm form, RequestContext context, Model model) {
    JobId job = JobId.newId();
    return projects.find(id, context)
        .flatMap(project -> Mono.defer(() -> cqrs.sendAndAwait(JobRequests.create(job, project.id(), form.request()),
            context, JOBS, job.value())))
        .thenReturn("redirect:/projects/" + id + "/jobs/" + job.value())
        .onErrorResume(e -> listPage(id, form, FormError.of(e), context, model));
  }

  @GetMapping("/cron-preview")
  String cronPreview(@RequestParam(required = false) String cron, @RequestParam(required = false) String timeZone,
                     Model model) {
    model.addAttribute("preview", CronPreview.of(cron, timeZone, Instant.now(), 5));
    return "fragments/cron-preview :: preview";
  }

  @GetMapping("/projects/{id}/jobs/{jobId}")
  Mono<String> job(@PathVariable String id, @PathVariable String jobId, RequestContext context, Model model) {
    return jobPage(id, jobId, null, null, context, model);
  }

  @PostMapping("/projects/{id}/jobs/{jobId}/edit")
  Mono<String> edit(@PathVariable String id, @PathVariable String jobId, @ModelAttribute JobForm form,
                    RequestContext context, Model model) {
    JobId job = JobId.parse(jobId);
    return act(id, jobId, () -> JobRequests.update(job, form.request(), null), form, context, model);
  }

  @PostMapping("/projects/{id}/jobs/{jobId}/run")
  Mono<String> run(@PathVariable String id, @PathVariable String jobId, RequestContext context, Model model) {
    JobId job = JobId.parse(jobId);
    return act(id, jobId, () -> new RunJobCommand(job, JobRunId.newId()), null, context, model);
  }

  @PostMapping("/projects/{id}/jobs/{jobId}/pause")
  Mono<String> pause(@PathVariable String id, @PathVariable String jobId, RequestContext context, Model model) {
    return act(id, jobId, () -> new PauseJobCommand(JobId.parse(jobId)), null, context, model);
  }

  @PostMapping("/projects/{id}/jobs/{jobId}/resume")
  Mono<String> resume(@PathVariable String id, @PathVariable String jobId, RequestContext context, Model model) {
    return act(id, jobId, () -> new ResumeJobCommand(JobId.parse(jobId)), null, context, model);
  }

  record DeleteForm(Boolean force) {}

  @PostMapping("/projects/{id}/jobs/{jobId}/delete")
  Mono<String> delete(@PathVariable String id, @PathVariable String jobId, @ModelAttribute DeleteForm form,
                      RequestContext context, Model model) {
    boolean force = Boolean.TRUE.equals(form.force());
    return find(id, jobId, context)
        .flatMap(job -> cqrs.sendAndAwait(new DeleteJobCommand(JobId.parse(jobId), force), context, JOBS, job.id()))
        .thenReturn("redirect:/projects/" + id + "/jobs")
        .onErrorResume(e -> {
          ActionRefusal.put(model, "delete-job", e);
          return jobPage(id, jobId, null, null, context, model);
        });
  }

  @PostMapping("/projects/{id}/jobs/{jobId}/runs/{runId}/stop")
  Mono<String> stopRun(@PathVariable String id, @PathVariable String jobId, @PathVariable String runId,
                       RequestContext context, Model model) {
    JobRunId run = JobRunId.parse(runId);
    return projects.find(id, context).flatMap(project -> find(id, jobId, context)
        .flatMap(job -> cqrs.sendAndAwait(new StopJobRunCommand(run), context, JOB_RUNS, run.value()))
        .then(Mono.<FormError>empty())
        .onErrorResume(e -> Mono.just(FormError.of(e)))
        .map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty())
        .flatMap(error -> cqrs.query(new FindJobRunQuery(run.value(), context.actor()),
                ResponseTypes.optionalInstanceOf(JobRunView.class))
            .flatMap(Mono::justOrEmpty)
            .filter(r -> r.jobId().equals(jobId))
            .switchIfEmpty(Mono.error(() -> new KilnException(ErrorCode.JOB_RUN_NOT_FOUND, "Job run not found")))
            .map(r -> {
              model.addAllAttributes(runModel(r, project, context));
              model.addAttribute("rowError", error.orElse(null));
              return RUN_ROW + " :: row";
            })));
  }

  /** The job's runs as server-sent events: each change of a run is its row, ready to swap in or add. */
  @GetMapping(path = "/projects/{id}/jobs/{jobId}/runs/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @ResponseBody
  Flux<ServerSentEvent<String>> liveRuns(@PathVariable String id, @PathVariable String jobId,
                                         RequestContext context) {
    return projects.find(id, context).flatMapMany(project -> find(id, jobId, context).flatMapMany(job ->
        live.stream(runsQuery(job.id(), context), JobRunPage.class, JobRunPage::items, JobRunView.class,
                run -> run.id() + ":" + run.version())
            .filter(event -> event.data() instanceof JobRunView)
            .map(event -> LiveRows.event(fragments.render(RUN_ROW, "row",
                runModel((JobRunView) event.data(), project, context)), event.id()))));
  }

  private Mono<String> act(String id, String jobId, Supplier<Object> command, JobForm form, RequestContext context,
                           Model model) {
    return find(id, jobId, context)
        .flatMap(job -> Mono.defer(() -> {
          Object c = command.get();
          String aggregate = c instanceof RunJobCommand run ? run.runId().value() : job.id();
          return cqrs.sendAndAwait(c, context, c instanceof RunJobCommand ? JOB_RUNS : JOBS, aggregate);
        }))
        .thenReturn("redirect:/projects/" + id + "/jobs/" + jobId)
        .onErrorResume(e -> jobPage(id, jobId, form, FormError.of(e), context, model));
  }

  private Mono<String> listPage(String id, JobForm form, FormError error, RequestContext context, Model model) {
    return projects.find(id, context).flatMap(project -> Mono.zip(jobsOf(project, context),
            catalog.runtimesFor(project.id()), catalog.activeProfiles())
        .map(all -> {
          model.addAttribute("project", project);
          model.addAttribute("access", ProjectAccess.of(project, context.principal()));
          model.addAttribute("jobs", all.getT1());
          model.addAttribute("graph", JobGraph.of(all.getT1()));
          model.addAttribute("runtimes", all.getT2());
          model.addAttribute("profiles", all.getT3());
          model.addAttribute("form", form);
          model.addAttribute("error", error);
          model.addAttribute("preview", form.is(io.kiln.domain.job.TriggerType.CRON)
              ? CronPreview.of(form.cron(), form.timeZone(), Instant.now(), 5) : null);
          return "jobs";
        }));
  }

  private Mono<String> jobPage(String id, String jobId, JobForm form, FormError error, RequestContext context,
                               Model model) {
    return projects.find(id, context).flatMap(project -> find(id, jobId, context).flatMap(job -> Mono.zip(
            cqrs.query(runsQuery(job.id(), context), ResponseTypes.instanceOf(JobRunPage.class)),
            jobsOf(project, context), catalog.runtimesFor(project.id()), catalog.activeProfiles())
        .map(all -> {
          ProjectAccess access = ProjectAccess.of(project, context.principal());
          model.addAttribute("project", project);
          model.addAttribute("access", access);
          model.addAttribute("job", job);
          model.addAttribute("runs", all.getT1().items());
          model.addAttribute("canStop", access.operate());
          model.addAttribute("otherJobs", all.getT2().stream().filter(j -> !j.id().equals(job.id())).toList());
          model.addAttribute("runtimes", all.getT3());
          model.addAttribute("profiles", all.getT4());
          JobForm shown = form == null ? JobForm.of(job) : form;
          model.addAttribute("form", shown);
          model.addAttribute("preview", shown.is(io.kiln.domain.job.TriggerType.CRON)
              ? CronPreview.of(shown.cron(), shown.timeZone(), Instant.now(), 5) : null);
          model.addAttribute("error", error);
          return "job";
        })));
  }

  private Mono<List<JobView>> jobsOf(ProjectView project, RequestContext context) {
    return cqrs.query(new ListJobsQuery(project.id(), context.actor(), PageRequests.MAX_PAGE_SIZE, null),
        ResponseTypes.instanceOf(JobPage.class)).map(JobPage::items);
  }

  private Mono<JobView> find(String projectId, String jobId, RequestContext context) {
    JobId id = JobId.parse(jobId);
    return cqrs.query(new FindJobQuery(id.value(), context.actor()), ResponseTypes.optionalInstanceOf(JobView.class))
        .flatMap(Mono::justOrEmpty)
        .filter(job -> job.projectId().equals(projectId))
        .switchIfEmpty(Mono.error(() -> new KilnException(ErrorCode.JOB_NOT_FOUND, "Job not found")));
  }

  private static Map<String, Object> runModel(JobRunView run, ProjectView project, RequestContext context) {
    Map<String, Object> model = new HashMap<>();
    model.put("r", run);
    model.put("canStop", ProjectAccess.of(project, context.principal()).operate());
    return model;
  }

  private static ListJobRunsQuery runsQuery(String jobId, RequestContext context) {
    return new ListJobRunsQuery(jobId, context.actor(), PageRequests.MAX_PAGE_SIZE, null);
  }
}
