package io.kiln.web.bootstrap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kiln.bootstrap.*}: the first administrator. {@code KILN_BOOTSTRAP_ADMIN_KEY} is that admin's API key (on the
 * first start, or added on any later start); without it a random key is printed once, on the first start.
 */
@ConfigurationProperties("kiln.bootstrap")
public record BootstrapProperties(String adminKey,
                                  @DefaultValue("admin") String adminUsername,
                                  @DefaultValue("admin@localhost") String adminEmail) {}
