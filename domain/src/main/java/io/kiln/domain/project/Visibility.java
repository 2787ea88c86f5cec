package io.kiln.domain.project;

/**
 * Who may see a project besides its collaborators: nobody ({@code PRIVATE}), the owner's team ({@code TEAM}; the
 * workspace is one team until teams exist), or every user ({@code PUBLIC}). Seeing never grants changing.
 */
public enum Visibility {
  PRIVATE,
  TEAM,
  PUBLIC
}
