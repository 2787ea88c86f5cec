package io.kiln.web.api.build;

/** What the cluster observed of a build: its state, and for some states the image, digest, reason or log tail. */
public record BuildReport(String state, String image, String digest, String reason, String logTail) {}
