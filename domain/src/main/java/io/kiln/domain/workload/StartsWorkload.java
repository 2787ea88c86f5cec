package io.kiln.domain.workload;

/** A command that would make the cluster run something: refused with NO_COMPUTE where the workspace has none. */
public interface StartsWorkload {}
