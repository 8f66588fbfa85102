package com.marketinghub.launch;

/** Where a launch stands; launch-coordination moves it along. */
public enum LaunchStatus {
  BRIEF_REVIEW, REWORK, READINESS, GO_NO_GO, SCHEDULED, LAUNCHED, ADOPTION_REVIEW, CLOSED,
  WITHDRAWN
}
