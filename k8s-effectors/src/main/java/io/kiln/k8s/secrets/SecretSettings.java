package io.kiln.k8s.secrets;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kiln.secrets.key} ({@code KILN_SECRETS_KEY}): the AES-256 key that seals secret values, as base64 of 32
 * bytes. Unset, Kiln generates one on first use and keeps it in {@code KILN_HOME/secrets.key}, readable by its owner
 * only.
 */
@ConfigurationProperties("kiln.secrets")
public record SecretSettings(String key) {}
