package com.marketinghub.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;

/** Mails those with an address; with nobody, sends nothing and does not fail. */
class PeopleMailerTest {

  private final RecipientResolver recipients = Mockito.mock(RecipientResolver.class);
  private final NotificationService notifications = Mockito.mock(NotificationService.class);
  private final PeopleMailer mailer =
      new PeopleMailer(recipients, notifications, Mockito.mock(MailOutbox.class));

  @Test
  void shouldMailTheAddressesOfUsersAndGroups() {
    Mockito.when(recipients.emails(List.of("mia"), List.of("finance")))
        .thenReturn(List.of("mia@example.com", "fiona@example.com"));
    Mockito.when(notifications.send(Mockito.any())).thenReturn("smtp");

    assertThat(mailer.send(List.of("mia"), List.of("finance"), "Hello", "Text")).isEqualTo("smtp");
    ArgumentCaptor<MailMessage> sent = ArgumentCaptor.forClass(MailMessage.class);
    Mockito.verify(notifications).send(sent.capture());
    assertThat(sent.getValue().to()).containsExactly("mia@example.com", "fiona@example.com");
    assertThat(sent.getValue().subject()).isEqualTo("Hello");
  }

  @Test
  void shouldSendNothingWhenNobodyHasAnAddress() {
    Mockito.when(recipients.emails(List.of("pm"), List.of())).thenReturn(List.of());

    assertThat(mailer.send(List.of("pm"), List.of(), "Budget rejected: X", "Text")).isNull();
    Mockito.verifyNoInteractions(notifications);
  }
}
