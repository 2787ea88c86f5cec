package io.kiln.k8s.nodepools;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kiln.nodepool.*}: how long a node must hold no Kiln workload before the scaler removes it
 * ({@code KILN_NODEPOOL_SCALE_DOWN_GRACE}), and how often the scaler looks ({@code KILN_NODEPOOL_INTERVAL}).
 */
@ConfigurationProperties("kiln.nodepool")
public record NodePoolSettings(@DefaultValue("10m") Duration scaleDownGrace,
                               @DefaultValue("15s") Duration interval) {}
