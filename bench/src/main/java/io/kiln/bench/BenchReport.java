package io.kiln.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What one run measured: printed as a table, written as JSON. */
public record BenchReport(String benchmark, String startedAt, double warmupSeconds, double measuredSeconds,
                          DatabaseInfo database, int payloadBytes, int metadataBytes, List<Comparison> results) {

  public void print(PrintStream out) {
    out.printf("%nCreateProjectCommand throughput: Kiln (CommandGateway -> event store) vs raw JDBC insert%n");
    out.printf("PostgreSQL %s (%s), synchronous_commit=%s, fsync=%s, pool %d; event row: payload %d B,"
            + " metadata %d B; %.0f s measured per side%n", database.version(), database.kind(),
        database.synchronousCommit(), database.fsync(), database.poolSize(), payloadBytes, metadataBytes,
        measuredSeconds);
    out.printf("%7s %12s %12s %9s %18s %17s%n", "threads", "kiln ops/s", "raw ops/s", "kiln/raw",
        "kiln JVM cpu us/op", "raw JVM cpu us/op");
    for (Comparison c : results) {
      out.printf("%7d %12.1f %12.1f %9.3f %18.1f %17.1f%n", c.threads(), c.kilnOpsPerSecond(), c.rawOpsPerSecond(),
          c.ratio(), c.kilnJvmCpuMicrosPerOp(), c.rawJvmCpuMicrosPerOp());
    }
  }

  public void write(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), this);
  }
}
