package com.marketinghub.sync;

import com.marketinghub.security.ImportBatchKinds;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Tells the access policy which kind a batch is, so its report goes to that kind's importers. */
@Component
class ImportBatchKindLookup implements ImportBatchKinds {

  private final ImportBatchRepository batches;

  ImportBatchKindLookup(ImportBatchRepository batches) {
    this.batches = batches;
  }

  @Override
  public Optional<String> kindOf(long batchId) {
    return batches.find(batchId).map(ImportReport::kind);
  }
}
