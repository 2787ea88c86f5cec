package io.kiln.local;

import io.kiln.infra.compute.Compute;
import io.kiln.infra.compute.ComputeDetector;
import java.nio.file.Path;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The local engine exists only where Kiln's compute is this machine. */
public class LocalCompute implements Condition {
  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    var env = context.getEnvironment();
    return ComputeDetector.resolve(env.getProperty("kiln.compute"), env.getProperty("kiln.k8s.master-url"),
        System.getenv(), Path.of(System.getProperty("user.home"))) == Compute.LOCAL;
  }
}
