package io.kiln.projectors;

/**
 * One event processor: {@code projection} (keeps a read model; replayable), {@code side-effect} (acts on the world;
 * never replayed) or {@code lookup} (command-side table kept in the command's own transaction). {@code position} is
 * the last event it handled, {@code lag} how many positions it is behind the head of the store, {@code progress} how
 * far a replay has come (0–1).
 */
public record ProcessorView(String name, String kind, boolean replayable, boolean running, boolean replaying,
                            Long position, long head, Long lag, Double progress, String error) {}
