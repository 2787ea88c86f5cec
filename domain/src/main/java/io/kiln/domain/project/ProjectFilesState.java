package io.kiln.domain.project;

/** Whether a project's files are there: a project made from git is {@code CLONING} until its clone ends. */
public enum ProjectFilesState { READY, CLONING, FAILED }
