package io.kiln.local;

import io.kiln.infra.workload.WorkloadEndpoints;
import io.kiln.local.process.CommandLines;
import io.kiln.local.process.LocalRuntimes;
import io.kiln.local.workload.Kind;
import io.kiln.local.workload.Workload;
import io.kiln.local.workload.Workloads;
import java.net.URI;
import java.util.Optional;

/** Where the sessions and applications that run here answer: a loopback port, once they answer HTTP. */
public class LocalEndpoints implements WorkloadEndpoints {
  private final Workloads workloads;
  private final LocalRuntimes runtimes;

  public LocalEndpoints(Workloads workloads, LocalRuntimes runtimes) {
    this.workloads = workloads;
    this.runtimes = runtimes;
  }

  @Override
  public Optional<Endpoint> session(String sessionId) {
    return workloads.byRoute(Kind.SESSION, sessionId).filter(this::serving)
        .map(w -> new Endpoint(base(w), CommandLines.keepsPrefix(w.spec(),
            runtimes.find(w.spec().runtimeId()).orElse(null)), w.spec().projectId(), w.spec().userId()));
  }

  @Override
  public Optional<Endpoint> application(String subdomain) {
    return workloads.byRoute(Kind.APPLICATION, subdomain).filter(this::serving)
        .map(w -> new Endpoint(base(w), false, w.spec().projectId(), w.spec().userId()));
  }

  private boolean serving(Workload w) {
    return w.wanted() && Workload.READY.equals(w.status()) && w.port() != null;
  }

  private static URI base(Workload w) {
    return URI.create("http://127.0.0.1:" + w.port());
  }
}
