package io.kiln.integrations.webhook;

import io.kiln.domain.KilnException;
import io.kiln.domain.webhook.WebhookUrlPolicy;
import io.kiln.domain.webhook.WebhookUrls;
import io.kiln.infra.webhook.WebhookProperties;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** Makes one attempt at a delivery: checks where it goes, signs it, POSTs it, and reports what happened. */
final class WebhookSender {
  private final HttpClient http;
  private final WebhookUrlPolicy policy;
  private final Duration timeout;

  WebhookSender(WebhookProperties webhooks) {
    this.policy = webhooks.urlPolicy();
    this.timeout = webhooks.timeout();
    this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  Outcome send(Delivery delivery) {
    long started = System.nanoTime();
    try {
      URI url = WebhookUrls.check(delivery.url(), policy);
      for (InetAddress address : InetAddress.getAllByName(url.getHost())) {
        Optional<String> refusal = WebhookUrls.refusal(address, policy);
        if (refusal.isPresent()) {
          return new Outcome(null, "not delivered: " + url.getHost() + " resolves to " + address.getHostAddress()
              + ", which " + refusal.get().replace("must not point", "is not allowed: it points"), elapsed(started));
        }
      }
      long timestamp = System.currentTimeMillis() / 1000;
      HttpRequest request = HttpRequest.newBuilder(url)
          .timeout(timeout)
          .header("Content-Type", "application/json")
          .header("User-Agent", "Kiln-Webhooks/1")
          .header("X-Kiln-Delivery", delivery.deliveryId())
          .header("X-Kiln-Webhook", delivery.webhookId())
          .header("X-Kiln-Event", delivery.eventType())
          .header("X-Kiln-Attempt", Integer.toString(delivery.attempt()))
          .header("X-Kiln-Timestamp", Long.toString(timestamp))
          .header("X-Kiln-Signature", WebhookSignatures.sign(delivery.secret(), timestamp, delivery.body()))
          .POST(HttpRequest.BodyPublishers.ofString(delivery.body()))
          .build();
      int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      return new Outcome(status, status >= 200 && status < 300 ? null : "the receiver answered " + status,
          elapsed(started));
    } catch (KilnException e) {
      return new Outcome(null, "not delivered: the URL " + e.getMessage().replace("url: ", ""), elapsed(started));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome(null, "interrupted", elapsed(started));
    } catch (Exception e) {
      return new Outcome(null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()),
          elapsed(started));
    }
  }

  private static long elapsed(long started) {
    return Duration.ofNanos(System.nanoTime() - started).toMillis();
  }
}
