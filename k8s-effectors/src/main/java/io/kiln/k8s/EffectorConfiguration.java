package io.kiln.k8s;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.kiln.k8s.client.RateLimit;
import io.kiln.k8s.applications.ApplicationObserver;
import io.kiln.k8s.builds.BuildObserver;
import io.kiln.k8s.desired.DesiredObjects;
import io.kiln.k8s.jobs.JobPodObserver;
import io.kiln.k8s.jobs.JobRunObserver;
import io.kiln.k8s.models.ModelDeploymentObserver;
import io.kiln.k8s.models.ModelDeploymentSpecs;
import io.kiln.k8s.observe.ClusterWatch;
import io.kiln.k8s.observe.Observers;
import io.kiln.k8s.observe.Observer;
import io.kiln.k8s.observe.Reports;
import io.kiln.k8s.reconcile.ReconcileLoop;
import io.kiln.k8s.reconcile.Reconciler;
import io.kiln.infra.db.LeaderLock;
import io.kiln.k8s.secrets.SecretReferences;
import io.kiln.k8s.secrets.SecretStore;
import io.kiln.k8s.sessions.SessionObserver;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** Wires the reconciler and the cluster watch where the compute is Kubernetes. */
@Configuration(proxyBeanMethods = false)
@Conditional(KubernetesCompute.class)
class EffectorConfiguration {

  @Bean
  Observers observers(List<Observer<?>> all) {
    return new Observers(all);
  }

  @Bean
  Reconciler reconciler(DesiredObjects desired, KubernetesClient client, RateLimit rateLimit, Observers observers,
                        SecretStore secrets) {
    return Reconciler.of(desired, client, rateLimit, Clock.systemUTC(), observers::gone,
        new SecretReferences(secrets));
  }

  @Bean
  ReconcileLoop reconcileLoop(Reconciler reconciler, DataSource dataSource, DesiredObjects desired,
                              K8sSettings settings) {
    ReconcileLoop loop = new ReconcileLoop(reconciler, new LeaderLock(dataSource, ReconcileLoop.LOCK_KEY), settings.resyncInterval(),
        Clock.systemUTC());
    desired.onChange(loop::wake);
    return loop;
  }

  @Bean
  ClusterWatch clusterWatch(KubernetesClient client, Observers observers) {
    return new ClusterWatch(client, observers);
  }

  @Bean
  Observer<?> sessionObserver(Reports reports, DesiredObjects desired) {
    return new SessionObserver(reports, desired);
  }

  @Bean
  Observer<?> applicationObserver(Reports reports, DesiredObjects desired) {
    return new ApplicationObserver(reports, desired);
  }

  @Bean
  Observer<?> jobPodObserver(Reports reports) {
    return new JobPodObserver(reports);
  }

  @Bean
  Observer<?> jobRunObserver(Reports reports, DesiredObjects desired, KubernetesClient client) {
    return new JobRunObserver(reports, desired, client);
  }

  @Bean
  Observer<?> modelDeploymentObserver(Reports reports, DesiredObjects desired, ModelDeploymentSpecs specs,
                                      KubernetesClient client) {
    return new ModelDeploymentObserver(reports, desired, specs, client, Clock.systemUTC());
  }

  @Bean
  Observer<?> buildObserver(Reports reports, DesiredObjects desired, KubernetesClient client) {
    return new BuildObserver(reports, desired, client);
  }
}
