package io.kiln.web.serving;

import java.net.URI;

/** A call on its way to a replica: which model and version, where, and since when (for its latency). */
record ForwardedCall(String modelId, int modelVersion, URI replica, long startedNanos) {}
