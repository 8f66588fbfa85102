package com.marketinghub.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.marketinghub.account.AccountMatch;
import com.marketinghub.account.AccountMatcher;
import com.marketinghub.account.AccountRepository;
import com.marketinghub.account.AccountStanding;
import com.marketinghub.support.TestClock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;

/** {@link LeadAccounts} without the engine: the choice task as its form shows it. */
class LeadAccountsTest {

  private final LeadRepository leads = mock(LeadRepository.class);
  private final AccountMatcher matcher = mock(AccountMatcher.class);
  @SuppressWarnings("unchecked")
  private final LeadAccounts accounts = new LeadAccounts(leads, matcher,
      mock(AccountRepository.class), mock(ObjectProvider.class),
      new LeadAccountProperties(List.of("sales-emea")), TestClock.clock());

  @Test
  void shouldKeepTheChoiceTaskNameWithinCamundasLimitForTheLongestLead() {
    String company = "C".repeat(200);
    when(leads.get(1L)).thenReturn(new Lead(1, "web", null, "a@b.example", "F".repeat(100),
        "L".repeat(100), company, "DE", 500, "CEO", null, LeadStatus.NEW, 80, 80, 0, 80, 100,
        100, null, null, null, false, null, null, null, null, null, LeadType.NEW, null));
    when(matcher.candidates("a@b.example", company)).thenReturn(List.of(
        new AccountMatch.Candidate(1, "c-1", company, "sales-emea", false),
        new AccountMatch.Candidate(2, "c-2", company, null, true)));

    TaskView view = accounts.prepareChoice(1L);

    assertThat(view.name()).hasSize(LeadAccounts.TASK_NAME_MAX).startsWith("Choose account: F")
        .endsWith("...");
    assertThat((String) view.locals().get("accountCandidatesText"))
        .contains("c-1: " + company + ", owner team sales-emea")
        .contains("c-2: " + company + " (churned), owner team none");
    assertThat(view.locals().get(LeadAccounts.VAR_CANDIDATES).toString())
        .contains("value=c-1", "value=c-2", "value=none");
  }
}
