package com.marketinghub.health;

import com.marketinghub.account.AccountStanding;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** {@link AccountStanding} from the health scores and retention plays of Customer Success. */
@Service
class HealthAccountStanding implements AccountStanding {

  private final AccountStandingRepository standing;

  HealthAccountStanding(AccountStandingRepository standing) {
    this.standing = standing;
  }

  @Override
  public Optional<Standing> of(long accountId) {
    String band = standing.latestBand(accountId).orElse(null);
    String play = standing.openPlay(accountId).orElse(null);
    return band == null && play == null ? Optional.empty()
        : Optional.of(new Standing(band, play));
  }
}
