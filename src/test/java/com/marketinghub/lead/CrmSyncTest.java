package com.marketinghub.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.marketinghub.lead.crm.CrmClient;
import com.marketinghub.lead.crm.CrmResult;
import com.marketinghub.lead.crm.CrmUnavailableException;
import com.marketinghub.security.GroupMembers;
import com.marketinghub.support.TestClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link CrmSync} without the engine: what the CRM's answer does to the lead, and the
 * resolution task of a refused sync (what it shows, which completions it refuses, what an edit
 * writes).
 */
class CrmSyncTest {

  private static final ContactEdit NO_EDIT = new ContactEdit(null, null, null, null);

  private final LeadRepository leads = mock(LeadRepository.class);
  private final CrmClient crm = mock(CrmClient.class);
  private final GroupMembers members = mock(GroupMembers.class);
  private final CrmSync crmSync = new CrmSync(leads, crm,
      new LeadHandoffProperties("R/PT24H", Duration.ofHours(48), "R3/PT5M", "inactive",
          "sales-managers", "sales-managers", Map.of()),
      members, TestClock.clock());
  private final Lead lead = reviewed(LeadStatus.ACCEPTED);

  /** Lead 1 of team sales-emea, accepted by emma, a member of it. */
  @BeforeEach
  void acceptedByItsTeam() {
    when(leads.review(1L)).thenReturn(new LeadRepository.Review("emma", "accept"));
    when(members.inAny("emma", List.of("sales-emea", "sales-managers"))).thenReturn(true);
  }

  private static Lead reviewed(LeadStatus status) {
    return new Lead(1, "web", null, "a@b.example", "A", "B", "C", "DE", 500, "CEO", null,
        status, 72, null, null, null, null, null, "sales-emea", "emma", null, false, null, null,
        null, null, "pi-1", LeadType.NEW, null);
  }

  @Test
  void shouldMarkLeadSyncedWithCrmId() {
    when(leads.get(1L)).thenReturn(lead);
    when(crm.send(lead)).thenReturn(new CrmResult.Accepted("crm-5"));

    assertThat(crmSync.sync(1L)).isEqualTo(new CrmResult.Accepted("crm-5"));

    verify(leads).markSynced(eq(1L), eq("crm-5"), eq(TestClock.offsetNow()));
  }

  @Test
  void shouldKeepCrmAnswerAndReturnTheRefusal() {
    when(leads.get(1L)).thenReturn(lead);
    when(crm.send(lead)).thenReturn(new CrmResult.Refused("CRM answered 409: duplicate"));

    assertThat(crmSync.sync(1L)).isEqualTo(new CrmResult.Refused("CRM answered 409: duplicate"));

    verify(leads).recordCrmError(eq(1L), eq("CRM answered 409: duplicate"),
        eq(TestClock.offsetNow()));
    verify(leads, never()).markSynced(any(Long.class), any(), any());
  }

  @Test
  void shouldLetTechnicalFailurePropagateForRetry() {
    when(leads.get(1L)).thenReturn(lead);
    when(crm.send(lead)).thenThrow(new CrmUnavailableException("CRM answered 503"));

    assertThatThrownBy(() -> crmSync.sync(1L)).isInstanceOf(CrmUnavailableException.class);
    verify(leads, never()).recordCrmError(any(Long.class), any(), any());
    verify(leads, never()).markSynced(any(Long.class), any(), any());
  }

  @Test
  void shouldSendNothingUnlessTheDatabaseShowsTheLeadAcceptedByItsTeamOrManagers() {
    // Still in review, or rejected: whatever the process's variables say.
    when(leads.get(1L)).thenReturn(reviewed(LeadStatus.MQL));
    assertThatThrownBy(() -> crmSync.sync(1L)).isInstanceOf(IllegalStateException.class)
        .hasMessage("Lead 1 is not handed to the CRM: its status is MQL, not ACCEPTED");
    when(leads.get(1L)).thenReturn(reviewed(LeadStatus.REJECTED));
    assertThatThrownBy(() -> crmSync.sync(1L))
        .hasMessage("Lead 1 is not handed to the CRM: its status is REJECTED, not ACCEPTED");

    // Accepted, but nobody completed the review (the process was moved past it).
    when(leads.get(1L)).thenReturn(lead);
    when(leads.review(1L)).thenReturn(new LeadRepository.Review(null, null));
    assertThatThrownBy(() -> crmSync.sync(1L))
        .hasMessage("Lead 1 is not handed to the CRM: no review by a person is recorded");

    // ACCEPTED, but the review its team member completed was a rejection (the process was moved
    // to Task_RecordReviewDecision afterwards with decision=accept).
    when(leads.review(1L)).thenReturn(new LeadRepository.Review("emma", "reject"));
    assertThatThrownBy(() -> crmSync.sync(1L))
        .hasMessage("Lead 1 is not handed to the CRM: its recorded review decision is reject, "
            + "not accept");

    // Accepted by someone outside the team and its managers.
    when(leads.review(1L)).thenReturn(new LeadRepository.Review("admin", "accept"));
    assertThatThrownBy(() -> crmSync.sync(1L))
        .hasMessage("Lead 1 is not handed to the CRM: its reviewer admin is a member of none "
            + "of [sales-emea, sales-managers]");

    verify(crm, never()).send(any());
    verify(leads, never()).markSynced(any(Long.class), any(), any());
  }

  @Test
  void shouldShowCrmAnswerAndCurrentContactDataOnCreate() {
    when(leads.get(1L)).thenReturn(new Lead(1, "web", null, "a@b.example", "A", "B", "C", "DE",
        500, "CEO", null, LeadStatus.ACCEPTED, null, null, null, null, null, null, null, null,
        null, false, null, null, null, "CRM answered 409: duplicate", null, LeadType.NEW, null));

    TaskView view = crmSync.prepareResolution(1L);

    assertThat(view.name()).isEqualTo("Resolve CRM sync: lead 1 (" + lead.displayName() + ")");
    assertThat(view.due()).isNull();
    assertThat(view.locals()).containsExactly(
        Map.entry("crmAnswer", "CRM answered 409: duplicate"),
        Map.entry("editEmail", "a@b.example"), Map.entry("editFirstName", "A"),
        Map.entry("editLastName", "B"), Map.entry("editCompany", "C"));
  }

  @Test
  void shouldWriteCorrectedContactDataBeforeRetry() {
    crmSync.resolve(1L, "edit", new ContactEdit("jane@acme.example", null, null, "ACME AG"));

    verify(leads).updateContact(eq(1L),
        eq(new ContactEdit("jane@acme.example", null, null, "ACME AG")),
        eq(TestClock.offsetNow()));
  }

  @Test
  void shouldWriteNothingForRetryOrClose() {
    crmSync.resolve(1L, "retry", new ContactEdit("jane@acme.example", null, null, null));
    crmSync.resolve(1L, "close", NO_EDIT);

    verify(leads, never()).updateContact(any(Long.class), any(), any());
  }

  @Test
  void shouldRefuseInvalidCorrectedEmail() {
    assertThatThrownBy(() -> crmSync.resolve(1L, "edit",
        new ContactEdit("jane at acme", null, null, null)))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("Resolution of the CRM sync of lead 1: editEmail is not a valid e-mail "
            + "address: jane at acme");
    verify(leads, never()).updateContact(any(Long.class), any(), any());
  }

  @Test
  void shouldRefuseUnknownResolution() {
    assertThatThrownBy(() -> crmSync.resolve(1L, "ignore", NO_EDIT))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("Resolution of the CRM sync of lead 1: syncResolution must be one of "
            + "[retry, edit, close], was ignore");
    verify(leads, never()).updateContact(any(Long.class), any(), any());
  }

  @Test
  void shouldRefuseAMissingResolution() {
    assertThatThrownBy(() -> crmSync.resolve(1L, null, NO_EDIT))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageEndingWith("syncResolution must be one of [retry, edit, close], was null");
  }
}
