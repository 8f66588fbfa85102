package com.marketinghub.launch;

import com.marketinghub.account.AccountRepository;
import com.marketinghub.notify.MailMessage;
import com.marketinghub.notify.PeopleMailer;
import com.marketinghub.security.Groups;
import com.marketinghub.sync.CsvExportWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * launch-coordination on the launch day, on plain ids and values: the announcement (the
 * targeted accounts' CSV in the outbox, a mail with it) and, when the outbox cannot be written,
 * what the person who resolves it sees and may answer. Between {@link LaunchCoordination} (up to
 * the go) and {@link LaunchFollowUps} (adoption and its follow-ups).
 */
@Service
class LaunchAnnouncement {


  private static final Logger log = LoggerFactory.getLogger(LaunchAnnouncement.class);

  private final LaunchRepository launches;
  private final LaunchCoordination coordination;
  private final AccountRepository accounts;
  private final CsvExportWriter writer;
  private final PeopleMailer mailer;
  private final LaunchProperties properties;
  private final Clock clock;

  LaunchAnnouncement(LaunchRepository launches, LaunchCoordination coordination,
      AccountRepository accounts, CsvExportWriter writer, PeopleMailer mailer,
      LaunchProperties properties, Clock clock) {
    this.launches = launches;
    this.coordination = coordination;
    this.accounts = accounts;
    this.writer = writer;
    this.mailer = mailer;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Task_AnnounceLaunch: the targeted accounts' CSV into the outbox, and one mail with it to the
   * CSMs of those accounts and to the sales teams (group sales), when any of them has an e-mail
   * address (nobody: no mail, a warning; the CSV is the announcement's record). Only when the
   * database holds the go and the sign-offs by their groups ({@link LaunchCoordination#checkGo}).
   *
   * @return empty when announced; else why the outbox cannot be written, for a person to fix
   *     (other failures are thrown: retried, then an incident)
   */
  Optional<String> announce(long launchId) {
    Launch launch = launches.get(launchId);
    coordination.checkGo(launch.id());
    TargetedAccounts targeted = new TargetedAccounts(accounts, launch);
    Path folder = properties.outbox();
    String problem = problem(folder);
    if (problem != null) {
      log.warn("Launch {} not announced: {}", launch.id(), problem);
      return Optional.of(problem);
    }
    Path file = folder.resolve(targeted.name() + "-" + LocalDate.now(clock) + ".csv");
    long rows = write(targeted, file);
    String text = "The launch " + launch.name() + " (feature " + launch.featureKey() + ", tier "
        + launch.tier() + ") is live today, " + launch.launchDate() + ".\n\nIt targets the "
        + "segments " + String.join(", ", launch.targetSegments()) + ": " + rows
        + " accounts, listed in the attached file (also " + file + ").\n\nAdoption target: "
        + launch.adoptionTarget().movePointRight(2).stripTrailingZeros().toPlainString()
        + "% of active accounts within the adoption window. Product manager: " + launch.owner()
        + ".";
    byte[] csv;
    try {
      csv = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    mailer.send(targeted.csms(), List.of(Groups.SALES), "Launch: " + launch.name() + " is live",
        text, null, List.of(new MailMessage.Attachment(file.getFileName().toString(),
            "text/csv", csv)));
    log.info("Launch {} announced, {} targeted accounts in {}", launch.id(), rows, file);
    return Optional.empty();
  }

  /** Task_ResolveAnnouncement (marketing-ops): what failed. */
  LaunchCoordination.TaskView prepareResolution(long launchId, String problem) {
    return new LaunchCoordination.TaskView("Launch announcement failed: "
        + launches.get(launchId).title(),
        Map.of("announcementProblemShown", problem == null ? "-" : problem));
  }

  private static String problem(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      return "cannot create the outbox " + folder + ": " + e.getMessage();
    }
    return Files.isWritable(folder) ? null : "the outbox " + folder + " is not writable";
  }

  /** Written to a .part file first, so nobody picks up half a file. */
  private long write(TargetedAccounts targeted, Path file) {
    Path part = file.resolveSibling(file.getFileName() + ".part");
    try {
      long rows;
      try (OutputStream out = Files.newOutputStream(part)) {
        rows = writer.write(targeted, Map.of(), out);
      }
      Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("Writing " + file + " failed", e);
    }
  }
}
