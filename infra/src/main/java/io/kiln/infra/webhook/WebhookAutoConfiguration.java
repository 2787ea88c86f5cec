package io.kiln.infra.webhook;

import io.kiln.domain.webhook.WebhookUrlPolicy;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

@AutoConfiguration
@EnableConfigurationProperties(WebhookProperties.class)
public class WebhookAutoConfiguration {

  @Bean
  WebhookUrlPolicy webhookUrlPolicy(WebhookProperties webhooks) {
    return webhooks.urlPolicy();
  }
}
