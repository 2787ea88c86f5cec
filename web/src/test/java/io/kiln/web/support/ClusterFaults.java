package io.kiln.web.support;

import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * Failures the mock cluster answers to Kiln's own client (never to the tests' client): from the moment a test arms
 * them, the requests whose index (counted from then) a predicate picks get the given status instead of an answer.
 */
public final class ClusterFaults {
  private final AtomicInteger seen = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private volatile IntPredicate which = i -> false;
  private volatile Predicate<RecordedRequest> where = r -> true;
  private volatile int status = 500;

  /** From now, Kiln's requests number {@code which} picks (0 = the next one) that {@code where} accepts fail. */
  public synchronized void arm(IntPredicate which, Predicate<RecordedRequest> where, int status) {
    this.seen.set(0);
    this.failed.set(0);
    this.where = where;
    this.status = status;
    this.which = which;
  }

  public synchronized void disarm() {
    which = i -> false;
  }

  public int failed() {
    return failed.get();
  }

  public int seen() {
    return seen.get();
  }

  MockResponse answer(RecordedRequest request) {
    if (!where.test(request)) {
      return null;
    }
    int index = seen.getAndIncrement();
    if (!which.test(index)) {
      return null;
    }
    failed.incrementAndGet();
    return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
        .setBody("{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"code\":" + status
            + ",\"message\":\"injected by the test\"}");
  }
}
