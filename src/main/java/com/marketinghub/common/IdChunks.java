package com.marketinghub.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Ids in chunks for SQL {@code in (...)} lists: a read of many records by id (a campaign's
 * leads, a week's leads) binds at most {@link #MAX_IN_LIST} ids per statement, so that no list
 * grows without bound into the driver's parameter limit or a plan of its own.
 */
public final class IdChunks {

  public static final int MAX_IN_LIST = 1000;

  private IdChunks() {}

  /** The distinct ids, in the order given, in chunks of at most {@link #MAX_IN_LIST}. */
  public static List<List<Long>> of(Collection<Long> ids) {
    List<Long> distinct = ids.stream().distinct().toList();
    List<List<Long>> chunks = new ArrayList<>();
    for (int from = 0; from < distinct.size(); from += MAX_IN_LIST) {
      chunks.add(distinct.subList(from, Math.min(distinct.size(), from + MAX_IN_LIST)));
    }
    return chunks;
  }
}
