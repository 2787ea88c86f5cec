package io.kiln.web.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** An API key presented as {@code Authorization: Bearer <key>}, not yet checked. */
class BearerKey extends AbstractAuthenticationToken {
  private final String key;

  BearerKey(String key) {
    super(null);
    this.key = key;
  }

  @Override
  public Object getCredentials() {
    return key;
  }

  @Override
  public Object getPrincipal() {
    return null;
  }
}
