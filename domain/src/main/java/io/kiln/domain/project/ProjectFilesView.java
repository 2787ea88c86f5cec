package io.kiln.domain.project;

/** A project's file tree: its state, where it was cloned from (null: not from git), and why a clone failed. */
public record ProjectFilesView(ProjectFilesState state, String gitUrl, String gitRef, String gitCommit,
                               String reason) {}
