package io.kiln.bench;

import io.kiln.infra.db.DatabaseProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Sustained {@code CreateProjectCommand} throughput through the command gateway into the event store, against a raw
 * JDBC insert of a row of the same size, in the same JVM, on the same PostgreSQL and connection pool. For each thread
 * count both sides are warmed up, then measured in halves in the order A B B A (A alternating between thread counts),
 * so that neither side always runs on the warmer database.
 */
public class CreateProjectBenchmark {
  private final BenchSettings settings;

  public CreateProjectBenchmark(BenchSettings settings) {
    this.settings = settings;
  }

  /** Exits explicitly: Axon's static task janitor is a non-daemon thread that outlives the context. */
  public static void main(String[] args) throws Exception {
    BenchSettings settings = BenchSettings.from(args);
    FreshDataDirectory.prepare(settings.home());
    try (ConfigurableApplicationContext context = BenchApplication.start(settings.home(), args)) {
      new CreateProjectBenchmark(settings).run(context);
    } catch (Exception e) {
      e.printStackTrace();
      System.exit(1);
    }
    System.exit(0);
  }

  /** Measures every thread count, prints the table and writes the JSON report. */
  public BenchReport run(ApplicationContext context) throws Exception {
    BenchReport report = measure(context);
    report.print(System.out);
    report.write(settings.output());
    System.out.println("Written to " + settings.output().toAbsolutePath());
    return report;
  }

  private BenchReport measure(ApplicationContext context) throws Exception {
    String startedAt = Instant.now().toString();
    DataSource dataSource = context.getBean(DataSource.class);
    DatabaseProperties db = context.getBean(DatabaseProperties.class);
    Operation kiln = new KilnCreateProject(context.getBean(CommandGateway.class));
    kiln.perform();
    StoredEventSample sample = StoredEventSample.latest(dataSource);
    Operation raw = RawEventInsert.prepare(dataSource, sample);

    List<Comparison> results = new ArrayList<>();
    for (int i = 0; i < settings.threads().size(); i++) {
      int threads = settings.threads().get(i);
      boolean kilnFirst = i % 2 == 0;
      results.add(compare(threads, kiln, raw, kilnFirst));
    }
    return new BenchReport("create-project", startedAt, seconds(settings.warmup()), seconds(settings.measured()),
        DatabaseInfo.read(dataSource, db.embedded(), db.poolSize()), sample.payload().length,
        sample.metadata() == null ? 0 : sample.metadata().length, results);
  }

  private Comparison compare(int threads, Operation kiln, Operation raw, boolean kilnFirst) throws Exception {
    Operation first = kilnFirst ? kiln : raw;
    Operation second = kilnFirst ? raw : kiln;
    ThroughputRunner.measure(first, threads, settings.warmup());
    ThroughputRunner.measure(second, threads, settings.warmup());
    Duration half = settings.measured().dividedBy(2);
    Throughput firstTotal = ThroughputRunner.measure(first, threads, half);
    Throughput secondTotal = ThroughputRunner.measure(second, threads, half);
    secondTotal = secondTotal.plus(ThroughputRunner.measure(second, threads, half));
    firstTotal = firstTotal.plus(ThroughputRunner.measure(first, threads, half));
    return kilnFirst ? Comparison.of(threads, firstTotal, secondTotal) : Comparison.of(threads, secondTotal, firstTotal);
  }

  private static double seconds(Duration duration) {
    return duration.toMillis() / 1000.0;
  }
}
