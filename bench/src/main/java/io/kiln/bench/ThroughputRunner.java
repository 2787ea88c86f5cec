package io.kiln.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/** Runs an operation in a closed loop on N threads until a deadline and counts what completed. */
public final class ThroughputRunner {
  private static final OperatingSystemMXBean JVM =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private ThroughputRunner() {}

  public static Throughput measure(Operation operation, int threads, Duration duration) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      AtomicLong deadline = new AtomicLong();
      List<Future<Long>> workers = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        workers.add(pool.submit(() -> loop(operation, start, deadline)));
      }
      long cpuBefore = JVM.getProcessCpuTime();
      long begin = System.nanoTime();
      deadline.set(begin + duration.toNanos());
      start.countDown();
      long operations = 0;
      for (Future<Long> worker : workers) {
        operations += result(worker);
      }
      return new Throughput(operations, System.nanoTime() - begin, JVM.getProcessCpuTime() - cpuBefore);
    } finally {
      pool.shutdownNow();
    }
  }

  private static long loop(Operation operation, CountDownLatch start, AtomicLong deadline) throws Exception {
    start.await();
    long end = deadline.get();
    long done = 0;
    while (System.nanoTime() < end) {
      operation.perform();
      done++;
    }
    return done;
  }

  private static long result(Future<Long> worker) throws Exception {
    try {
      return worker.get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }
}
