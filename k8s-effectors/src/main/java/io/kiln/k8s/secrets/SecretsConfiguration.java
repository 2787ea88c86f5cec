package io.kiln.k8s.secrets;

import io.kiln.infra.KilnProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecretSettings.class)
class SecretsConfiguration {

  @Bean
  SecretCipher secretCipher(SecretSettings settings, KilnProperties kiln) {
    return new SecretCipher(SecretKeys.load(settings.key(), kiln.home()));
  }
}
