package io.kiln.domain.quota;

public record FindQuotaQuery(String userId) {}
