package io.kiln.web.support;

import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;

/** The mock API server: injected faults first (for Kiln's client only), then pod logs, then CRUD. */
final class ClusterDispatcher extends Dispatcher {
  static final String TEST_AGENT = "kiln-tests";
  private final Dispatcher crud;
  private final ClusterFaults faults;
  private final PodLogs logs;

  ClusterDispatcher(Dispatcher crud, ClusterFaults faults, PodLogs logs) {
    this.crud = crud;
    this.faults = faults;
    this.logs = logs;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    if (!TEST_AGENT.equals(request.getHeader("User-Agent"))) {
      MockResponse fault = faults.answer(request);
      if (fault != null) {
        return fault;
      }
    }
    MockResponse log = logs.answer(request);
    return log != null ? log : crud.dispatch(request);
  }

  @Override
  public void shutdown() {
    crud.shutdown();
  }
}
