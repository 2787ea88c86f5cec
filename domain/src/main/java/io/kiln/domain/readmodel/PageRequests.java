package io.kiln.domain.readmodel;

import io.kiln.domain.KilnException;

/** Paging rules shared by every collection: at most 100 items a page, 50 unless asked otherwise. */
public final class PageRequests {
  public static final int DEFAULT_PAGE_SIZE = 50;
  public static final int MAX_PAGE_SIZE = 100;
  public static final int MAX_SEARCH_LENGTH = 100;

  private PageRequests() {}

  public static int pageSize(Integer requested) {
    if (requested == null) {
      return DEFAULT_PAGE_SIZE;
    }
    if (requested < 1 || requested > MAX_PAGE_SIZE) {
      throw KilnException.invalid("pageSize", "must be between 1 and " + MAX_PAGE_SIZE);
    }
    return requested;
  }

  public static String search(String search) {
    if (search == null || search.isEmpty()) {
      return null;
    }
    if (search.length() > MAX_SEARCH_LENGTH || search.chars().anyMatch(Character::isISOControl)) {
      throw KilnException.invalid("search", "must be at most " + MAX_SEARCH_LENGTH
          + " characters without control characters");
    }
    return search;
  }
}
