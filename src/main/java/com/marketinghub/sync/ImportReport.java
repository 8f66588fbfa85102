package com.marketinghub.sync;

import java.time.OffsetDateTime;

/**
 * What one import did: the row counts, and for a file seen before, the batch that imported it
 * ({@code duplicateOf}; then nothing was done).
 */
public record ImportReport(
    long batchId,
    String kind,
    String fileName,
    String status,
    int rowsTotal,
    int created,
    int updated,
    int unchanged,
    int rejected,
    String message,
    Long duplicateOf,
    OffsetDateTime startedAt,
    OffsetDateTime finishedAt) {}
