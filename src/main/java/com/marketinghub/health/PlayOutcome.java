package com.marketinghub.health;

/**
 * How a retention play ended: the account recovered (SAVED), churned, a manager accepted the
 * risk, or the play's process instance was cancelled (in Cockpit).
 */
public enum PlayOutcome {
  SAVED, CHURNED, RISK_ACCEPTED, CANCELLED
}
