package io.kiln.domain.user;

import java.util.List;

public record ApiKeyList(List<ApiKeyView> items) {}
