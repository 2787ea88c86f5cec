package io.kiln.command.application;

import io.kiln.domain.application.ApplicationRules;
import java.util.HashSet;
import java.util.Set;

/** An in-memory {@link ApplicationSubdomains}, comparing subdomains as the real table does. */
class FakeApplicationSubdomains implements ApplicationSubdomains {
  private final Set<String> held = new HashSet<>();

  FakeApplicationSubdomains held(String subdomain) {
    held.add(ApplicationRules.subdomainKey(subdomain));
    return this;
  }

  @Override
  public boolean taken(String subdomain) {
    return held.contains(ApplicationRules.subdomainKey(subdomain));
  }
}
