package io.kiln.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kiln.domain.KilnException;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookUrlsTest {
  private static final WebhookUrlPolicy STRICT = WebhookUrlPolicy.strict();
  private static final WebhookUrlPolicy DEVELOPMENT = new WebhookUrlPolicy(true, true, false);

  @ParameterizedTest
  @ValueSource(strings = {"https://hooks.example.com/kiln", "https://10.0.0.7:8443/in-cluster", "https://[2001:db8::1]/x"})
  void httpsToOrdinaryAddressesIsAllowed(String url) {
    assertThat(WebhookUrls.check(url, STRICT).getScheme()).isEqualTo("https");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://hooks.example.com/kiln", "https://127.0.0.1/x", "https://localhost/x",
      "https://[::1]/x", "https://0.0.0.0/x", "https://169.254.169.254/", "https://[fe80::1]/x",
      "https://100.100.100.200/", "https://[fd00:ec2::254]/", "https://metadata.google.internal/", "https://224.0.0.1/",
      "https://2130706433/"})
  void theStrictPolicyRefuses(String url) {
    assertThatThrownBy(() -> WebhookUrls.check(url, STRICT)).isInstanceOfSatisfying(KilnException.class,
        e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("url"));
  }

  @Test
  void settingsOpenPlainHttpAndLoopbackButNeverLinkLocal() {
    assertThat(WebhookUrls.check("http://127.0.0.1:9000/hook", DEVELOPMENT)).isNotNull();
    assertThatThrownBy(() -> WebhookUrls.check("http://169.254.169.254/", DEVELOPMENT))
        .isInstanceOf(KilnException.class);
    assertThat(WebhookUrls.check("http://169.254.169.254/", new WebhookUrlPolicy(true, false, true))).isNotNull();
  }

  @Test
  void resolvedAddressesAreCheckedToo() throws Exception {
    assertThat(WebhookUrls.refusal(InetAddress.getByName("169.254.169.254"), DEVELOPMENT)).isPresent();
    assertThat(WebhookUrls.refusal(InetAddress.getByName("127.0.0.1"), STRICT)).isPresent();
    assertThat(WebhookUrls.refusal(InetAddress.getByName("192.168.1.10"), STRICT)).isEmpty();
  }
}
