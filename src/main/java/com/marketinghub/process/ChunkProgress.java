package com.marketinghub.process;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The progress of a step that works through records in chunks by id, one job and transaction
 * per chunk, looping while a chunk was full: the last id done, whether another chunk may
 * follow, and a running total.
 */
public final class ChunkProgress {

  private ChunkProgress() {}

  /** The last id a chunked step finished with, null before its first chunk. */
  public static Long after(VariableScope scope, String name) {
    return ProcessVariables.number(scope, name);
  }

  /** Records a chunk: its last id, whether another may follow (it was full), the total. */
  public static void advance(VariableScope scope, String after, String more, Long lastId,
      boolean full, String total, int add) {
    scope.setVariable(after, lastId);
    scope.setVariable(more, full && lastId != null);
    Long sum = ProcessVariables.number(scope, total);
    scope.setVariable(total, (sum == null ? 0 : sum.intValue()) + add);
  }
}
