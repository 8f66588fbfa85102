package com.marketinghub.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.marketinghub.support.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;

/** {@link MailOutbox}'s waits between attempts: retry-every, doubled, at most an hour. */
class MailOutboxTest {

  private final MailOutbox outbox = new MailOutbox(mock(MailOutboxRepository.class),
      mock(NotificationService.class), new MailOutboxProperties(Duration.ofMinutes(1), 10, null),
      mock(PlatformTransactionManager.class), TestClock.clock());

  @Test
  void shouldDoubleTheWaitAfterEachFailureUpToAnHour() {
    assertThat(outbox.backoff(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(outbox.backoff(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(outbox.backoff(6)).isEqualTo(Duration.ofMinutes(32));
    assertThat(outbox.backoff(7)).isEqualTo(Duration.ofHours(1));
    assertThat(outbox.backoff(40)).isEqualTo(Duration.ofHours(1));
  }
}
