package io.kiln.infra.events;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.axonframework.serialization.Revision;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.core.type.filter.TypeFilter;
import org.springframework.util.ClassUtils;

/**
 * The messages of the published contract by short name: every event ({@code @Revision}-annotated class under
 * {@code io.kiln.domain}) and every command ({@code ...Command}). Webhooks, integrations and the audit trail name
 * event types by these short names.
 */
public final class MessageTypes {
  private static final String DOMAIN = "io.kiln.domain";
  private static final Pattern NAME = Pattern.compile("[A-Z][A-Za-z0-9]{0,99}");
  private final Map<String, Class<?>> events;
  private final Map<String, Class<?>> commands;

  private MessageTypes(Map<String, Class<?>> events, Map<String, Class<?>> commands) {
    this.events = Collections.unmodifiableMap(events);
    this.commands = Collections.unmodifiableMap(commands);
  }

  public static MessageTypes scan() {
    return new MessageTypes(find(new AnnotationTypeFilter(Revision.class)),
        find(new RegexPatternTypeFilter(Pattern.compile(".*Command"))));
  }

  public Set<String> eventTypes() {
    return events.keySet();
  }

  public boolean isEventType(String name) {
    return events.containsKey(name);
  }

  public Optional<Class<?>> command(String name) {
    return Optional.ofNullable(commands.get(name));
  }

  public Set<String> commandTypes() {
    return commands.keySet();
  }

  public static boolean plausibleName(String name) {
    return name != null && NAME.matcher(name).matches();
  }

  /** {@code io.kiln.domain.project.ProjectCreatedEvent} is {@code ProjectCreatedEvent}. */
  public static String shortName(String className) {
    return className == null ? null : className.substring(className.lastIndexOf('.') + 1);
  }

  private static Map<String, Class<?>> find(TypeFilter filter) {
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(filter);
    Map<String, Class<?>> found = new TreeMap<>();
    for (var candidate : scanner.findCandidateComponents(DOMAIN)) {
      Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), MessageTypes.class.getClassLoader());
      found.put(type.getSimpleName(), type);
    }
    return found;
  }
}
