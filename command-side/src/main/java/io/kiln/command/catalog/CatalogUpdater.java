package io.kiln.command.catalog;

import io.kiln.command.LookupTables;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.WireNames;
import io.kiln.domain.catalog.ResourceProfileDefinedEvent;
import io.kiln.domain.catalog.ResourceProfileResizedEvent;
import io.kiln.domain.catalog.ResourceProfileRetiredEvent;
import io.kiln.domain.catalog.RuntimeImageChangedEvent;
import io.kiln.domain.catalog.RuntimeRegisteredEvent;
import io.kiln.domain.catalog.RuntimeStatus;
import io.kiln.domain.catalog.RuntimeStatusChangedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup(LookupTables.CATALOG)
class CatalogUpdater {
  private final JdbcTemplate jdbc;

  CatalogUpdater(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(RuntimeRegisteredEvent e) {
    try {
      jdbc.update("insert into eventstore.catalog_runtime (runtime_id, name_key, name, image, editor, kernel, status, "
              + "project_id) values (?, ?, ?, ?, ?, ?, ?, ?)", e.runtimeId(), JdbcCatalog.key(e.name()), e.name(),
          e.image(), WireNames.of(e.editor()), e.kernel(), WireNames.of(RuntimeStatus.ENABLED), e.projectId());
    } catch (DuplicateKeyException duplicate) {
      throw new KilnException(ErrorCode.RUNTIME_NAME_TAKEN, "A runtime named " + e.name() + " exists");
    }
  }

  @EventHandler
  void on(RuntimeImageChangedEvent e) {
    jdbc.update("update eventstore.catalog_runtime set image = ? where runtime_id = ?", e.image(), e.runtimeId());
  }

  @EventHandler
  void on(RuntimeStatusChangedEvent e) {
    jdbc.update("update eventstore.catalog_runtime set status = ? where runtime_id = ?", WireNames.of(e.status()),
        e.runtimeId());
  }

  @EventHandler
  void on(ResourceProfileDefinedEvent e) {
    try {
      jdbc.update("insert into eventstore.catalog_profile (profile_id, name_key, name, cpu_millis, memory_mib, gpus, "
              + "gpu_type, retired) values (?, ?, ?, ?, ?, ?, ?, false)", e.profileId(), JdbcCatalog.key(e.name()),
          e.name(), e.cpuMillis(), e.memoryMiB(), e.gpus(), e.gpuType());
    } catch (DuplicateKeyException duplicate) {
      throw new KilnException(ErrorCode.RESOURCE_PROFILE_NAME_TAKEN, "A resource profile named " + e.name()
          + " exists");
    }
  }

  @EventHandler
  void on(ResourceProfileResizedEvent e) {
    jdbc.update("update eventstore.catalog_profile set cpu_millis = ?, memory_mib = ?, gpus = ?, gpu_type = ? "
        + "where profile_id = ?", e.cpuMillis(), e.memoryMiB(), e.gpus(), e.gpuType(), e.profileId());
  }

  @EventHandler
  void on(ResourceProfileRetiredEvent e) {
    jdbc.update("update eventstore.catalog_profile set retired = true where profile_id = ?", e.profileId());
  }
}
