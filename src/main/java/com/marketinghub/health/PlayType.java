package com.marketinghub.health;

/** The plays a CSM chooses from in Task_ChoosePlay. */
public enum PlayType {
  EXECUTIVE_OUTREACH, TRAINING_SESSION, SUCCESS_PLAN_REVIEW, COMMERCIAL_OFFER, NO_ACTION
}
