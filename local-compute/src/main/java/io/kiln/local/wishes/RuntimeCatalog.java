package io.kiln.local.wishes;

import io.kiln.domain.WireNames;
import io.kiln.domain.catalog.RuntimeImageChangedEvent;
import io.kiln.domain.catalog.RuntimeRegisteredEvent;
import io.kiln.local.LocalCompute;
import io.kiln.local.process.LocalRuntime;
import io.kiln.local.process.LocalRuntimes;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/** Keeps what local compute needs of each runtime: its local and editor commands. */
@Component
@Conditional(LocalCompute.class)
@ProcessingGroup(RuntimeCatalog.GROUP)
class RuntimeCatalog {
  static final String GROUP = "local-runtimes";
  private final LocalRuntimes runtimes;

  RuntimeCatalog(LocalRuntimes runtimes) {
    this.runtimes = runtimes;
  }

  @EventHandler
  void on(RuntimeRegisteredEvent e) {
    runtimes.record(new LocalRuntime(e.runtimeId(), e.editor() == null ? null : WireNames.of(e.editor()), e.image(),
        e.localCommand(), e.editorCommand()));
  }

  @EventHandler
  void on(RuntimeImageChangedEvent e) {
    runtimes.imageChanged(e.runtimeId(), e.image());
  }
}
