package io.kiln.web.api;

import java.util.List;

/** Every collection answers a page: its items, and a token for the next page when there is one. */
public record Page<T>(List<T> items, String nextPageToken) {}
