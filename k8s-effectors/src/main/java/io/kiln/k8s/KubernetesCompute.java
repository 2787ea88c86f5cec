package io.kiln.k8s;

import io.kiln.infra.compute.Compute;
import io.kiln.infra.compute.ComputeDetector;
import java.nio.file.Path;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The effectors exist only where Kiln's compute is Kubernetes. */
public class KubernetesCompute implements Condition {
  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    var env = context.getEnvironment();
    return ComputeDetector.resolve(env.getProperty("kiln.compute"), env.getProperty("kiln.k8s.master-url"),
        System.getenv(), Path.of(System.getProperty("user.home"))) == Compute.KUBERNETES;
  }
}
