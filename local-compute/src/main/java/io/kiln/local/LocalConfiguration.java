package io.kiln.local;

import io.kiln.infra.db.LeaderLock;

import io.kiln.infra.KilnProperties;
import io.kiln.infra.files.ProjectFiles;
import io.kiln.infra.workload.KeptLogs;
import io.kiln.local.builds.LocalBuilder;
import io.kiln.local.builds.LocalBuilds;
import io.kiln.local.models.LocalDeployments;
import io.kiln.local.models.LocalModelReplicas;
import io.kiln.local.models.ModelShim;
import io.kiln.local.models.ReplicaReports;
import io.kiln.local.models.ReplicaWishes;
import io.kiln.local.process.Launcher;
import io.kiln.local.process.LocalRuntimes;
import io.kiln.local.process.WorkloadFiles;
import io.kiln.local.workload.Workloads;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Wires the local engine where Kiln's compute is this machine. */
@Configuration(proxyBeanMethods = false)
@Conditional(LocalCompute.class)
@EnableConfigurationProperties({LocalSettings.class, KilnProperties.class})
public class LocalConfiguration {

  @Bean
  Workloads localWorkloads(JdbcTemplate jdbc) {
    return new Workloads(jdbc);
  }

  @Bean
  LocalRuntimes localRuntimes(JdbcTemplate jdbc) {
    return new LocalRuntimes(jdbc);
  }

  @Bean
  WorkloadFiles workloadFiles(KilnProperties kiln) {
    return new WorkloadFiles(kiln.home().resolve("local").toAbsolutePath());
  }

  @Bean
  LocalReports localReports(CommandGateway commands) {
    return new LocalReports(commands);
  }

  @Bean
  LocalDeployments localDeployments(JdbcTemplate jdbc) {
    return new LocalDeployments(jdbc);
  }

  @Bean
  Outcomes localOutcomes(LocalReports reports, Workloads workloads, LocalDeployments deployments,
                         LocalModelReplicas modelReplicas) {
    ReplicaReports replicaReports = new ReplicaReports(workloads, deployments, reports);
    return new Outcomes(reports, deploymentId -> {
      modelReplicas.refresh();
      replicaReports.changed(deploymentId);
    });
  }

  @Bean
  LocalBuilds localBuilds(JdbcTemplate jdbc) {
    return new LocalBuilds(jdbc);
  }

  @Bean(destroyMethod = "close")
  LocalBuilder localBuilder(LocalBuilds builds, ProjectFiles projects, KilnProperties kiln, LocalReports reports) {
    return new LocalBuilder(builds, projects, builds(kiln), reports);
  }

  @Bean
  ReplicaWishes replicaWishes(Workloads workloads, LocalDeployments deployments, LocalRuntimes runtimes,
                              KilnProperties kiln) {
    return new ReplicaWishes(workloads, deployments, runtimes,
        ModelShim.install(kiln.home().resolve("local").toAbsolutePath()), builds(kiln));
  }

  @Bean
  LocalModelReplicas localModelReplicas(Workloads workloads, LocalSettings settings) {
    LocalModelReplicas replicas = new LocalModelReplicas(workloads, settings.tick());
    workloads.onChange(replicas::refresh);
    return replicas;
  }

  @Bean
  Supervisor localSupervisor(Workloads workloads, ProjectFiles projects, LocalRuntimes runtimes, WorkloadFiles files,
                             KeptLogs keptLogs, Outcomes outcomes, DataSource dataSource, LocalSettings settings,
                             LocalBuilder builder, ObjectProvider<EventProcessingConfiguration> processing) {
    Supervisor supervisor = new Supervisor(workloads, new Launcher(projects, files), runtimes, files, keptLogs,
        outcomes, new LeaderLock(dataSource, Supervisor.LOCK_KEY), settings);
    supervisor.onTick(builder::poll);
    supervisor.holdLaunchesWhile(new CatchingUp(processing));
    workloads.onChange(supervisor::wake);
    return supervisor;
  }

  private static Path builds(KilnProperties kiln) {
    return kiln.home().resolve("builds").toAbsolutePath();
  }

  @Bean
  LocalLogs localLogs(Workloads workloads, WorkloadFiles files) {
    return new LocalLogs(workloads, files);
  }

  @Bean
  LocalEndpoints localEndpoints(Workloads workloads, LocalRuntimes runtimes) {
    return new LocalEndpoints(workloads, runtimes);
  }
}
