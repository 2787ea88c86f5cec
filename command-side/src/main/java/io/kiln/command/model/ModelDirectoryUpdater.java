package io.kiln.command.model;

import io.kiln.command.LookupTables;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.model.ModelCreatedEvent;
import io.kiln.domain.model.ModelRules;
import io.kiln.domain.model.ModelVersionRegisteredEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup(LookupTables.MODEL_DIRECTORY)
class ModelDirectoryUpdater {
  private final JdbcTemplate jdbc;

  ModelDirectoryUpdater(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(ModelCreatedEvent e) {
    try {
      jdbc.update("insert into eventstore.model_entry (model_id, project_id, name, name_key) values (?, ?, ?, ?)",
          e.modelId(), e.projectId(), e.name(), ModelRules.nameKey(e.name()));
    } catch (DuplicateKeyException duplicate) {
      throw new KilnException(ErrorCode.MODEL_NAME_TAKEN, "The project has a model named " + e.name());
    }
  }

  @EventHandler
  void on(ModelVersionRegisteredEvent e) {
    jdbc.update("insert into eventstore.model_version_entry (model_id, number, build_id, image, digest) "
        + "values (?, ?, ?, ?, ?) on conflict do nothing", e.modelId(), e.number(), e.buildId(), e.image(),
        e.digest());
  }
}
