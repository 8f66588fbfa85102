package com.marketinghub.security;

import java.util.Optional;

/**
 * The kind of an import batch, for the access policy's {@link AccessPolicy#KIND_IMPORTERS}: the
 * sync package, which owns the batches, implements it.
 */
public interface ImportBatchKinds {

  Optional<String> kindOf(long batchId);
}
