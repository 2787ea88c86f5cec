package io.kiln.command.job;

import io.kiln.command.quota.QuotaLedger;
import io.kiln.domain.quota.QuotaLimits;
import io.kiln.domain.quota.QuotaRefusals;
import io.kiln.domain.workload.Resources;
import java.util.ArrayList;
import java.util.List;

/** A quota ledger with one limit and a fixed amount in use; it records what was reserved. */
final class FakeQuotaLedger implements QuotaLedger {
  private QuotaLimits limits = QuotaLimits.WORKSPACE_DEFAULT;
  private QuotaLimits used = new QuotaLimits(0, 0, 0);
  final List<Resources> reserved = new ArrayList<>();

  FakeQuotaLedger limit(QuotaLimits limits, QuotaLimits used) {
    this.limits = limits;
    this.used = used;
    return this;
  }

  @Override
  public void reserve(String userId, Resources requested) {
    var refusal = QuotaRefusals.check(requested, used, limits);
    if (refusal != null) {
      throw refusal;
    }
    reserved.add(requested);
  }
}
