package io.kiln.domain.quota;

/** The workspace's quota policy is one aggregate with this id. */
public final class QuotaPolicyId {
  public static final String WORKSPACE = "quota-policy";

  private QuotaPolicyId() {}
}
