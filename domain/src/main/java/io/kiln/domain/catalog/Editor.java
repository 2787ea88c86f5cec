package io.kiln.domain.catalog;

/** The interactive editor a runtime's sessions open. */
public enum Editor {
  JUPYTERLAB,
  VSCODE,
  RSTUDIO,
  WORKBENCH,
  NONE
}
