package com.marketinghub.sync;

import com.marketinghub.sync.DailySyncService.SyncRun;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** POST /api/sync/run: the daily sync now (admins); a run already going on is not doubled. */
@RestController
class SyncController {

  private final DailySyncService dailySync;

  SyncController(DailySyncService dailySync) {
    this.dailySync = dailySync;
  }

  @PostMapping("/api/sync/run")
  @ResponseStatus(HttpStatus.ACCEPTED)
  SyncRun run() {
    return dailySync.runNow("POST /api/sync/run");
  }
}
