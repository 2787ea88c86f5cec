package io.kiln.k8s.secrets;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Secrets whose values stay in the secret store until the moment they are applied: the desired Secret holds, under
 * each name, the reference of the value ({@value #ANNOTATION} marks it), and this resolver swaps the references for
 * the values on the way to the API server. A value that is gone from the store fails the apply, naming the key only.
 */
public class SecretReferences implements UnaryOperator<HasMetadata> {
  public static final String ANNOTATION = "kiln.io/values-from-secret-store";
  private final SecretStore store;

  public SecretReferences(SecretStore store) {
    this.store = store;
  }

  public static Secret sealed(Secret secret) {
    return new SecretBuilder(secret).editMetadata().addToAnnotations(ANNOTATION, "true").endMetadata().build();
  }

  @Override
  public HasMetadata apply(HasMetadata object) {
    if (!(object instanceof Secret secret) || secret.getMetadata().getAnnotations() == null
        || !"true".equals(secret.getMetadata().getAnnotations().get(ANNOTATION))) {
      return object;
    }
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, String> references = secret.getStringData() == null ? Map.of() : secret.getStringData();
    references.forEach((name, reference) -> values.put(name, store.reveal(reference)
        .orElseThrow(() -> new IllegalStateException("The secret store holds no value for " + name))));
    return new SecretBuilder(secret).withStringData(values).build();
  }
}
