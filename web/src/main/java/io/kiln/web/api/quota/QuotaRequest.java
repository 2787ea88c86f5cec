package io.kiln.web.api.quota;

public record QuotaRequest(Long cpuMillis, Long memoryMiB, Integer gpus) {}
