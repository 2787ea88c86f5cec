package io.kiln.infra.files;

import java.time.Instant;

/** One entry of a project folder: {@code path} relative to the project, {@code type} {@code file} or {@code folder}. */
public record FileEntry(String name, String path, String type, Long size, Instant modifiedAt) {}
