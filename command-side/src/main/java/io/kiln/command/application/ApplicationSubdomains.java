package io.kiln.command.application;

/** Which subdomains applications hold; unique in the workspace. */
public interface ApplicationSubdomains {
  boolean taken(String subdomain);
}
