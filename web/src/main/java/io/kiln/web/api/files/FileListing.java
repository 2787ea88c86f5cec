package io.kiln.web.api.files;

import io.kiln.infra.files.FileEntry;
import java.util.List;

/** A folder of a project: its path ({@code ""} for the project's own folder) and what is in it. */
record FileListing(String path, String type, List<FileEntry> items) {}
