package io.kiln.web.security;

import io.kiln.domain.WireNames;
import io.kiln.domain.user.Principal;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An authenticated API caller. */
public class KilnAuthentication extends AbstractAuthenticationToken {
  private final transient Principal principal;

  public KilnAuthentication(Principal principal) {
    super(List.of(new SimpleGrantedAuthority("ROLE_" + WireNames.of(principal.role()).toUpperCase())));
    this.principal = principal;
    setAuthenticated(true);
  }

  public Principal principal() {
    return principal;
  }

  @Override
  public Object getCredentials() {
    return null;
  }

  @Override
  public Object getPrincipal() {
    return principal;
  }

  @Override
  public String getName() {
    return principal.userId();
  }
}
