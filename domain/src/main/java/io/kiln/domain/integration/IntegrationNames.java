package io.kiln.domain.integration;

import io.kiln.domain.KilnException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An integration is named by the common name (CN) of the client certificate it presents over gRPC. Its aggregate id
 * is derived from the name, so one name is one integration.
 */
public final class IntegrationNames {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private IntegrationNames() {}

  public static String check(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw KilnException.invalid("name", "must be 1–64 letters, digits, '.', '_' or '-', starting with a letter or"
          + " digit (the CN of the integration's certificate)");
    }
    return name;
  }

  public static boolean plausible(String name) {
    return name != null && NAME.matcher(name).matches();
  }

  public static String idOf(String name) {
    return UUID.nameUUIDFromBytes(("kiln-integration:" + name).getBytes(StandardCharsets.UTF_8)).toString();
  }
}
