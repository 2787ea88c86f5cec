package io.kiln.domain.webhook;

import io.kiln.domain.KilnException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks webhook URLs against a {@link WebhookUrlPolicy}: when they are registered (the URL itself, and its host when
 * that is an address) and again before each delivery (every address the host resolves to).
 */
public final class WebhookUrls {
  public static final int MAX_LENGTH = 2048;
  private static final Pattern NUMERIC_HOST = Pattern.compile("[0-9.]+|\\[.+]");
  private static final Set<String> METADATA_HOSTS = Set.of("metadata", "metadata.google.internal",
      "metadata.azure.com", "instance-data", "instance-data.ec2.internal");
  private static final Set<String> METADATA_ADDRESSES = Set.of("100.100.100.200", "fd00:ec2:0:0:0:0:0:254");

  private WebhookUrls() {}

  public static URI check(String url, WebhookUrlPolicy policy) {
    if (url == null || url.isBlank()) {
      throw KilnException.invalid("url", "is required");
    }
    if (url.length() > MAX_LENGTH) {
      throw KilnException.invalid("url", "must be at most " + MAX_LENGTH + " characters");
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw KilnException.invalid("url", "is not a URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !(scheme.equals("http") && policy.allowHttp())) {
      throw KilnException.invalid("url", policy.allowHttp() ? "must be an http or https URL" : "must be an https URL");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw KilnException.invalid("url", "must name a host");
    }
    if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
      throw KilnException.invalid("url", "must not carry user information or a fragment");
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    if (METADATA_HOSTS.contains(host) && !policy.allowLinkLocal()) {
      throw KilnException.invalid("url", "must not point at a cloud metadata service");
    }
    if ((host.equals("localhost") || host.endsWith(".localhost")) && !policy.allowLoopback()) {
      throw KilnException.invalid("url", "must not point at this machine (loopback)");
    }
    if (NUMERIC_HOST.matcher(host).matches()) {
      try {
        refusal(InetAddress.getByName(host), policy).ifPresent(why -> {
          throw KilnException.invalid("url", why);
        });
      } catch (UnknownHostException e) {
        throw KilnException.invalid("url", "has a host that is not a valid address");
      }
    }
    return uri;
  }

  /** Why a delivery to this address is not allowed, if it is not. */
  public static Optional<String> refusal(InetAddress address, WebhookUrlPolicy policy) {
    if (address.isMulticastAddress()) {
      return Optional.of("must not point at a multicast address");
    }
    if ((address.isLoopbackAddress() || address.isAnyLocalAddress()) && !policy.allowLoopback()) {
      return Optional.of("must not point at this machine (loopback)");
    }
    boolean metadata = METADATA_ADDRESSES.contains(address.getHostAddress());
    if ((address.isLinkLocalAddress() || metadata) && !policy.allowLinkLocal()) {
      return Optional.of("must not point at a link-local or cloud metadata address");
    }
    return Optional.empty();
  }
}
