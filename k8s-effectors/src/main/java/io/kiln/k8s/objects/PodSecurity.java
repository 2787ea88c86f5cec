package io.kiln.k8s.objects;

import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSecurityContextBuilder;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;

/** What Pod Security {@code restricted} asks of every user pod: non-root, no privilege escalation, no capabilities. */
public final class PodSecurity {
  public static final long USER = 1000;

  private PodSecurity() {}

  public static PodSecurityContext pod() {
    return new PodSecurityContextBuilder().withRunAsNonRoot(true).withRunAsUser(USER).withRunAsGroup(USER)
        .withFsGroup(USER).withNewSeccompProfile().withType("RuntimeDefault").endSeccompProfile().build();
  }

  public static SecurityContext container() {
    return new SecurityContextBuilder().withAllowPrivilegeEscalation(false).withRunAsNonRoot(true)
        .withNewCapabilities().withDrop("ALL").endCapabilities().build();
  }
}
