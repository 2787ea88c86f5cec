package io.kiln.infra.workload;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/** The workload ports every compute engine shares: kept logs. */
@AutoConfiguration(after = org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration.class)
public class WorkloadAutoConfiguration {

  @Bean
  KeptLogs keptLogs(JdbcTemplate jdbc) {
    return new KeptLogs(jdbc);
  }
}
