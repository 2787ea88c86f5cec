package io.kiln.k8s.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The strict JSON schemas of the Kubernetes kinds Kiln generates, one per kind, in {@code kubernetes-schemas/} (made by
 * {@code src/test/tools/kubernetes_schemas.py} from the npm package {@code kubernetes-models}): a manifest with a field
 * the API does not know, or a value of the wrong type, does not pass.
 */
final class KubernetesSchemas {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  /** The violations of the manifest as Kiln sends it (its JSON, as the client serializes it). */
  List<String> violations(HasMetadata manifest) {
    return violations(json(manifest));
  }

  List<String> violations(JsonNode manifest) {
    String apiVersion = manifest.path("apiVersion").asText();
    String kind = manifest.path("kind").asText();
    String file = kind.toLowerCase() + "-" + apiVersion.replace(".k8s.io", "").replace('/', '-') + ".json";
    return schemas.computeIfAbsent(file, this::load).validate(manifest).stream()
        .map(Error::toString).toList();
  }

  static JsonNode json(HasMetadata manifest) {
    try {
      return JSON.readTree(Serialization.asJson(manifest));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Schema load(String file) {
    InputStream in = KubernetesSchemas.class.getResourceAsStream("/kubernetes-schemas/" + file);
    if (in == null) {
      throw new IllegalArgumentException("No schema " + file + ": add its kind to kubernetes_schemas.py");
    }
    return registry.getSchema(in);
  }
}
