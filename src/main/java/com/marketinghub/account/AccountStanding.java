package com.marketinghub.account;

import java.util.Optional;

/**
 * How an account stands with Customer Success, for the people who meet the account elsewhere (a
 * rep reviewing a lead of that account): its latest health band and its open retention play.
 * Customer Success implements it; the account package only names it, so that no domain reads
 * another's tables.
 */
public interface AccountStanding {

  /** Empty when the account was never scored and has no open play. */
  Optional<Standing> of(long accountId);

  /**
   * @param healthBand the latest band (HEALTHY, AT_RISK, ...), or null
   * @param openPlay the open retention play, as "type (status)", or null
   */
  record Standing(String healthBand, String openPlay) {}
}
