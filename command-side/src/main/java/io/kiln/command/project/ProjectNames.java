package io.kiln.command.project;

import java.util.Optional;

/** Which project, if any, holds a name among one owner's projects (names compare without case). */
public interface ProjectNames {
  Optional<String> holder(String ownerId, String name);
}
