package io.kiln.local;

import io.kiln.infra.KilnProperties;
import io.kiln.infra.files.ProjectFiles;
import io.kiln.infra.workload.KeptLogs;
import io.kiln.local.process.Launcher;
import io.kiln.local.process.LocalRuntimes;
import io.kiln.local.process.WorkloadFiles;
import io.kiln.local.workload.Workloads;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
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
  Outcomes localOutcomes(CommandGateway commands) {
    return new Outcomes(new LocalReports(commands));
  }

  @Bean
  Supervisor localSupervisor(Workloads workloads, ProjectFiles projects, LocalRuntimes runtimes, WorkloadFiles files,
                             KeptLogs keptLogs, Outcomes outcomes, DataSource dataSource, LocalSettings settings) {
    Supervisor supervisor = new Supervisor(workloads, new Launcher(projects, files), runtimes, files, keptLogs,
        outcomes, new SupervisorLock(dataSource), settings);
    workloads.onChange(supervisor::wake);
    return supervisor;
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
