package io.kiln.domain.nodepool;

import io.kiln.domain.KilnException;
import java.util.regex.Pattern;

/** What makes a node-pool definition acceptable: DNS names and bounds with {@code 0 ≤ min ≤ max ≤ 1000}. */
public final class NodePoolRules {
  public static final int MAX_NODES = 1000;
  private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
  private static final Pattern LABEL_VALUE = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9._-]{0,61}[A-Za-z0-9])?");

  private NodePoolRules() {}

  public static void check(String name, String machineDeployment, String namespace, int min, int max,
                           String nodeLabel) {
    checkName(name);
    if (machineDeployment == null || !DNS_LABEL.matcher(machineDeployment).matches()) {
      throw KilnException.invalid("machineDeployment", "must name a MachineDeployment (a DNS label)");
    }
    if (namespace == null || !DNS_LABEL.matcher(namespace).matches()) {
      throw KilnException.invalid("namespace", "must name the namespace of the MachineDeployment (a DNS label)");
    }
    if (nodeLabel == null || !LABEL_VALUE.matcher(nodeLabel).matches()) {
      throw KilnException.invalid("nodeLabel", "must be a label value (1–63 letters, digits, '.', '_' or '-')");
    }
    if (min < 0) {
      throw KilnException.invalid("min", "must be 0 or more");
    }
    if (max > MAX_NODES) {
      throw KilnException.invalid("max", "must be at most " + MAX_NODES);
    }
    if (min > max) {
      throw KilnException.invalid("min", "must not exceed max (" + min + " > " + max + ")");
    }
  }

  public static void checkName(String name) {
    if (name == null || !DNS_LABEL.matcher(name).matches()) {
      throw KilnException.invalid("name", "must be a DNS label: 1–63 lower-case letters, digits or '-'");
    }
  }
}
