package com.marketinghub.account;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Gives accounts imported before V24 their name key, once, at start-up: the import keys every
 * account it writes, and matching by company name finds only keyed accounts.
 */
@Component
class AccountNameKeyBackfill implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(AccountNameKeyBackfill.class);
  private static final int PAGE = 500;

  private final AccountRepository accounts;

  AccountNameKeyBackfill(AccountRepository accounts) {
    this.accounts = accounts;
  }

  @Override
  public void run(ApplicationArguments args) {
    int keyed = 0;
    for (List<Map.Entry<Long, String>> page = accounts.withoutNameKey(PAGE); !page.isEmpty();
        page = accounts.withoutNameKey(PAGE)) {
      page.forEach(account -> accounts.setNameKey(account.getKey(),
          AccountNames.key(account.getValue())));
      keyed += page.size();
    }
    if (keyed > 0) {
      log.info("Gave {} accounts imported before name matching their name key", keyed);
    }
  }
}
