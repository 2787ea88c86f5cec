package io.kiln.domain.project;

/** A collaborator's role, from least to most powerful. */
public enum ProjectRole {
  VIEWER,
  OPERATOR,
  CONTRIBUTOR,
  ADMIN,
  OWNER;

  /** Renaming, describing, changing visibility. */
  public boolean mayEditDetails() {
    return compareTo(CONTRIBUTOR) >= 0;
  }

  /** Adding, changing and removing collaborators; archiving. */
  public boolean mayAdminister() {
    return compareTo(ADMIN) >= 0;
  }

  /** Roles that can be granted; ownership is not a grant. */
  public static ProjectRole[] grantable() {
    return new ProjectRole[] {VIEWER, OPERATOR, CONTRIBUTOR, ADMIN};
  }
}
