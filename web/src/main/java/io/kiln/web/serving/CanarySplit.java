package io.kiln.web.serving;

import io.kiln.domain.serving.ServingRoute;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Picks the version a call goes to by the deployment's traffic split, with smooth weighted round-robin (as nginx
 * does): deterministic, and every 100 consecutive calls of a split give each version exactly its percent (at the
 * scale of one Kiln replica).
 */
@Component
class CanarySplit {
  private final Map<String, Weighted> splits = new ConcurrentHashMap<>();

  int pick(ServingRoute route) {
    if (route.canaryVersion() == null || route.canaryPercent() <= 0) {
      return route.modelVersion();
    }
    if (route.canaryPercent() >= 100) {
      return route.canaryVersion();
    }
    String split = route.modelVersion() + ":" + route.canaryVersion() + ":" + route.canaryPercent();
    Weighted weighted = splits.compute(route.deploymentId(),
        (id, current) -> current != null && current.split.equals(split) ? current : new Weighted(split));
    return weighted.nextIsCanary(route.canaryPercent()) ? route.canaryVersion() : route.modelVersion();
  }

  private static final class Weighted {
    private final String split;
    private int primary;
    private int canary;

    Weighted(String split) {
      this.split = split;
    }

    synchronized boolean nextIsCanary(int canaryPercent) {
      primary += 100 - canaryPercent;
      canary += canaryPercent;
      if (canary > primary) {
        canary -= 100;
        return true;
      }
      primary -= 100;
      return false;
    }
  }
}
