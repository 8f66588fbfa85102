package com.marketinghub.launch;

import com.marketinghub.account.AccountRepository;
import com.marketinghub.sync.CsvExport;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The accounts a launch targets (their plan is a target segment, not churned), as the CSV the
 * announcement leaves in the outbox. Not a bean: not a daily export, one per launch.
 */
class TargetedAccounts implements CsvExport {

  static final List<String> COLUMNS = List.of("account_id", "account", "plan", "csm",
      "renewal_date", "contact_email");

  private final AccountRepository accounts;
  private final Launch launch;

  TargetedAccounts(AccountRepository accounts, Launch launch) {
    this.accounts = accounts;
    this.launch = launch;
  }

  /** The CSMs of the targeted accounts (user ids). */
  List<String> csms() {
    return accounts.csmsOnPlans(launch.targetSegments());
  }

  @Override
  public String name() {
    return "launch-" + launch.id() + "-targeted-accounts";
  }

  @Override
  public List<String> header() {
    return COLUMNS;
  }

  @Override
  public Map<String, String> filters() {
    return Map.of();
  }

  @Override
  public void forEachRow(Map<String, String> filters, Consumer<String[]> row) {
    accounts.forEachOnPlans(launch.targetSegments(), account -> row.accept(new String[] {
        account.accountId(), account.name(), account.plan(), text(account.csm()),
        account.renewalDate() == null ? "" : account.renewalDate().toString(),
        text(account.contactEmail())}));
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
