package io.kiln.domain.user;

import java.util.List;

public record UserPage(List<UserView> items, String nextPageToken) {}
