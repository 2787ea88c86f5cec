package io.kiln.web.ui;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.ISpringWebFluxTemplateEngine;

/** Renders one fragment of a template to HTML, for server-sent events that htmx swaps into the page. */
@Component
class Fragments {
  private final ISpringWebFluxTemplateEngine engine;

  Fragments(ISpringWebFluxTemplateEngine engine) {
    this.engine = engine;
  }

  String render(String template, String fragment, Map<String, Object> variables) {
    return engine.process(template, Set.of(fragment), new Context(null, variables)).replace("\n", " ");
  }
}
