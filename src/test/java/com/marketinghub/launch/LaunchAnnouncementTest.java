package com.marketinghub.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.marketinghub.account.AccountRepository;
import com.marketinghub.notify.MailMessage;
import com.marketinghub.notify.PeopleMailer;
import com.marketinghub.sync.CsvExportWriter;
import com.marketinghub.support.TestClock;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

/**
 * {@link LaunchAnnouncement} without the engine: the CSV in the outbox and the mail; an outbox
 * that cannot be written handed to a person (Error_AnnouncementFailed), nothing mailed; the
 * resolution's answers.
 */
class LaunchAnnouncementTest {

  private final LaunchRepository launches = mock(LaunchRepository.class);
  private final AccountRepository accounts = mock(AccountRepository.class);
  private final CsvExportWriter writer = mock(CsvExportWriter.class);
  private final PeopleMailer mailer = mock(PeopleMailer.class);
  private final LaunchCoordination coordination = mock(LaunchCoordination.class);

  @BeforeEach
  void aLaunchAnnouncedToday() {
    when(launches.get(7L)).thenReturn(new Launch(7L, "Dashboards", "dashboards", "T1",
        TestClock.today(), List.of("enterprise"), new BigDecimal("0.3"), "paula",
        LaunchStatus.SCHEDULED, null, "pi", TestClock.offsetNow()));
  }

  private LaunchAnnouncement announcement(Path outbox) {
    return new LaunchAnnouncement(launches, coordination, accounts, writer, mailer,
        new LaunchProperties(Period.ofDays(7), LocalTime.of(9, 0), "P30D", outbox),
        TestClock.fixed());
  }

  @Test
  void shouldHandAnUnwritableOutboxToAPerson(@TempDir Path folder) throws Exception {
    Path notAFolder = Files.writeString(folder.resolve("outbox"), "a file, not a folder");

    assertThat(announcement(notAFolder.resolve("sub")).announce(7L))
        .hasValueSatisfying(problem -> assertThat(problem).contains("cannot create the outbox"));
    verifyNoInteractions(writer, mailer);
  }

  @Test
  void shouldWriteAndMailNothingWithoutAnAuthorisedGoInTheDatabase(@TempDir Path outbox) {
    org.mockito.Mockito.doThrow(new IllegalStateException(
        "Launch 7 is not announced: GO_NO_GO has no decision")).when(coordination).checkGo(7L);

    assertThatThrownBy(() -> announcement(outbox).announce(7L))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Launch 7 is not announced: GO_NO_GO has no decision");
    assertThat(outbox).isEmptyDirectory();
    verifyNoInteractions(writer, mailer);
  }

  @Test
  void shouldLeadAnUnwritableOutboxToErrorAnnouncementFailedWithTheProblem() {
    LaunchAnnouncement announcement = mock(LaunchAnnouncement.class);
    when(announcement.announce(7L)).thenReturn(Optional.of("the outbox /x is not writable"));
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getProcessBusinessKey()).thenReturn("7");

    assertThatThrownBy(() -> new AnnounceLaunchDelegate(announcement).execute(execution))
        .isInstanceOf(BpmnError.class)
        .satisfies(error -> assertThat(((BpmnError) error).getErrorCode())
            .isEqualTo(LaunchProcess.ERROR_ANNOUNCEMENT_FAILED))
        .hasMessageContaining("the outbox /x is not writable");
    verify(execution).setVariable("announcementProblem", "the outbox /x is not writable");
  }

  @Test
  void shouldLeaveTheTargetedAccountsInTheOutboxAndMailThemToCsmsAndSales(@TempDir Path outbox)
      throws Exception {
    when(accounts.csmsOnPlans(List.of("enterprise"))).thenReturn(List.of("carl"));
    doAnswer(call -> {
      call.getArgument(2, OutputStream.class).write(
          "account_id\nA-1\nA-2\n".getBytes(StandardCharsets.UTF_8));
      return 2L;
    }).when(writer).write(any(), any(), any());

    assertThat(announcement(outbox).announce(7L)).isEmpty();

    Path file = outbox.resolve("launch-7-targeted-accounts-" + TestClock.today() + ".csv");
    assertThat(Files.readString(file)).isEqualTo("account_id\nA-1\nA-2\n");
    assertThat(outbox.resolve(file.getFileName() + ".part")).doesNotExist();
    @SuppressWarnings("unchecked")
    ArgumentCaptor<List<MailMessage.Attachment>> attached = ArgumentCaptor.forClass(List.class);
    ArgumentCaptor<String> text = ArgumentCaptor.forClass(String.class);
    verify(mailer).send(eq(List.of("carl")), eq(List.of("sales")),
        eq("Launch: Dashboards is live"), text.capture(), eq(null), attached.capture());
    assertThat(text.getValue()).startsWith("The launch Dashboards (feature dashboards, tier T1) "
        + "is live today, " + TestClock.today() + ".")
        .contains("segments enterprise: 2 accounts")
        .contains("Adoption target: 30% of active accounts").endsWith("Product manager: paula.");
    assertThat(attached.getValue()).singleElement().satisfies(csv -> {
      assertThat(csv.fileName()).isEqualTo(file.getFileName().toString());
      assertThat(csv.contentType()).isEqualTo("text/csv");
      assertThat(new String(csv.content(), StandardCharsets.UTF_8))
          .isEqualTo("account_id\nA-1\nA-2\n");
    });
  }

  @Test
  void shouldShowWhatFailedAndAcceptRetryOrDoneOnly(@TempDir Path outbox) {
    LaunchAnnouncement announcement = announcement(outbox);
    LaunchCoordination.TaskView view = announcement.prepareResolution(7L, "disk full");

    assertThat(view.name()).isEqualTo("Launch announcement failed: Dashboards (T1, "
        + TestClock.today() + ")");
    assertThat(view.locals()).containsEntry("announcementProblemShown", "disk full");
    assertThat(announcement.prepareResolution(7L, null).locals())
        .containsEntry("announcementProblemShown", "-");
  }
}
