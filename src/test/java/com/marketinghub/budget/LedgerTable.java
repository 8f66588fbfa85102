package com.marketinghub.budget;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketinghub.common.Money;
import com.marketinghub.support.TestClock;
import com.marketinghub.sync.CsvImporter;
import com.marketinghub.sync.ImportContext;
import com.marketinghub.sync.ImportReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The hand-checked ledger table of docs/budget.md ("The ledger, booking by booking"), read from
 * that file and booked through the real code (the ledger's commitment, Finance's budget-spend
 * import, the ROI review's release) on whatever database the application runs on; and the
 * same line booked from three threads at once. Used by {@code BudgetLedgerTableTest} (H2) and
 * {@code PostgresApplicationIT} (PostgreSQL).
 */
public final class LedgerTable {

  private static final Path DOC = Path.of("docs", "budget.md");
  private static final String MARKER = "<!-- ledger-table";

  private final BudgetLedger ledger;
  private final BudgetPlanService plans;
  private final BudgetRequestRepository requests;
  private final CampaignReviewRepository reviews;
  private final CampaignRoiReview review;
  private final CsvImporter importer;
  private final BudgetSpendImportKind spend;
  private final JdbcClient jdbc;
  private final String quarter = TestClock.quarter();

  public LedgerTable(ApplicationContext context) {
    this.ledger = context.getBean(BudgetLedger.class);
    this.plans = context.getBean(BudgetPlanService.class);
    this.requests = context.getBean(BudgetRequestRepository.class);
    this.reviews = context.getBean(CampaignReviewRepository.class);
    this.review = context.getBean(CampaignRoiReview.class);
    this.importer = context.getBean(CsvImporter.class);
    this.spend = context.getBean(BudgetSpendImportKind.class);
    this.jdbc = context.getBean(JdbcClient.class);
  }

  /** One row of the documented table: the figures after its booking, in minor units. */
  record Row(int number, String booking, long committed, long actual, long released,
      long remaining, String overCommitment) {}

  /** Books the documented table row by row and checks every figure after each booking. */
  public void replayDocumentedTable() {
    List<Row> rows = documentedRows();
    String tag = tag();
    String channel = "webinar-" + tag;
    long spring = campaign("Spring webinars " + tag, channel);
    long partner = campaign("Partner webinars " + tag, channel);
    long a = request(spring, channel, 300_000);
    long b = request(partner, channel, 200_000);
    long c = request(null, channel, 600_000);
    long d = request(partner, channel, 30_000);
    List<Runnable> bookings = List.of(
        () -> plans.savePlan(quarter, channel, "10000.00", "EUR", "fiona"),
        () -> assertThat(commit(a, spring, channel, 300_000)).isTrue(),
        () -> assertThat(actual("INV-1-" + tag, channel, "1000.00", spring).created()).isOne(),
        () -> assertThat(actual("INV-2-" + tag, channel, "1500.00", spring).created()).isOne(),
        () -> assertThat(commit(b, partner, channel, 200_000)).isTrue(),
        () -> assertThat(actual("INV-3-" + tag, channel, "800.00", spring).created()).isOne(),
        () -> assertThat(actual("INV-4-" + tag, channel, "400.00", null).created()).isOne(),
        () -> assertThat(actual("INV-5-" + tag, channel, "600.00", partner).created()).isOne(),
        () -> assertThat(release(b)).isEqualTo(140_000),
        () -> assertThat(actual("INV-3-" + tag, channel, "500.00", spring).updated()).isOne(),
        () -> assertThat(actual("INV-5-" + tag, channel, "900.00", partner).updated()).isOne(),
        () -> assertThat(commit(c, null, channel, 600_000)).isFalse(),
        () -> assertThat(commit(d, partner, channel, 30_000)).isTrue());
    assertThat(bookings).as("one booking per row of the table in " + DOC)
        .hasSameSizeAs(rows);
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      bookings.get(i).run();
      BudgetLine line = ledger.line(quarter, channel);
      assertThat(figures(line, tag)).as("row %d: %s", row.number(), row.booking())
          .isEqualTo(List.of(row.committed(), row.actual(), row.released(), row.remaining(),
              row.overCommitment()));
      assertThat(ledger.summary(quarter)).as("row %d in the summary", row.number())
          .contains(line);
    }
  }

  /**
   * Two approvals of 4,000.00 (campaigns X and Y) and an invoice of 1,000.00 on X, booked at
   * once against 8,000.00 allocated: in every order both fit, and the line ends at 7,000.00
   * committed, 1,000.00 actual, 0.00 remaining.
   */
  public void raceTwoApprovalsAndAnActual(int rounds) throws Exception {
    for (int round = 0; round < rounds; round++) {
      Race race = race(400_000);
      assertThat(race.booked()).as("round %d", round).containsExactly(true, true);
      assertThat(race.figures()).as("round %d", round)
          .isEqualTo(List.of(700_000L, 100_000L, 0L, 0L, "-"));
    }
  }

  /**
   * The same with 5,000.00 for Y: exactly one approval fits, whichever comes first, and the
   * line's figures are exactly those of the one booked.
   */
  public void raceForTheLastEurosWithAnActual(int rounds) throws Exception {
    for (int round = 0; round < rounds; round++) {
      Race race = race(500_000);
      assertThat(race.booked()).as("round %d", round).containsExactlyInAnyOrder(true, false);
      assertThat(race.figures()).as("round %d", round).isEqualTo(race.booked().get(0)
          ? List.of(300_000L, 100_000L, 0L, 400_000L, "-")
          : List.of(500_000L, 100_000L, 0L, 200_000L, "X 1000.00"));
    }
  }

  private record Race(List<Boolean> booked, List<Object> figures) {}

  private Race race(long second) throws Exception {
    String tag = tag();
    String channel = "race-" + tag;
    plans.savePlan(quarter, channel, "8000.00", "EUR", "fiona");
    long x = campaign("X " + tag, channel);
    long y = campaign("Y " + tag, channel);
    long a = request(x, channel, 400_000);
    long b = request(y, channel, second);
    CyclicBarrier start = new CyclicBarrier(3);
    List<Callable<Boolean>> work = List.of(
        () -> {
          start.await();
          return commit(a, x, channel, 400_000);
        },
        () -> {
          start.await();
          return commit(b, y, channel, second);
        },
        () -> {
          start.await();
          return actual("INV-X-" + tag, channel, "1000.00", x).created() == 1;
        });
    ExecutorService threads = Executors.newFixedThreadPool(3);
    List<Boolean> done = new ArrayList<>();
    try {
      for (Future<Boolean> result : threads.invokeAll(work)) {
        done.add(result.get());
      }
    } finally {
      threads.shutdownNow();
    }
    assertThat(done.get(2)).as("the invoice is booked").isTrue();
    return new Race(done.subList(0, 2), figures(ledger.line(quarter, channel), tag));
  }

  private static List<Object> figures(BudgetLine line, String tag) {
    String over = line.overCommitments().stream()
        .map(o -> o.campaign().replace(" " + tag, "") + " " + Money.format(o.over()))
        .collect(Collectors.joining("; "));
    return List.of(line.committed(), line.actual(), line.released(), line.remaining(),
        over.isEmpty() ? "-" : over);
  }

  private boolean commit(long request, Long campaign, String channel, long amount) {
    return ledger.commit(request, campaign, quarter, channel, amount, "EUR", false, "max")
        .booked();
  }

  /** Finance's invoice through the budget-spend import, as a file's row would come. */
  private ImportReport actual(String reference, String channel, String amount, Long campaign) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("reference", reference);
    row.put("quarter", quarter);
    row.put("channel", channel);
    row.put("amount", amount);
    row.put("currency", "EUR");
    if (campaign != null) {
      row.put("campaign", jdbc.sql("select name from campaign where id = :id")
          .param("id", campaign).query(String.class).single());
    }
    ImportReport report = importer.importRows(spend, "ledger-table", List.of(row),
        new ImportContext(Map.of()), "fiona");
    assertThat(report.rejected()).as(report.toString()).isZero();
    return report;
  }

  /** Task_ReleaseUnspent of the request's ROI review; what the review recorded as released. */
  private long release(long request) {
    long reviewId = reviews.insert(request, null, TestClock.offsetNow());
    review.releaseUnspent(request, reviewId, 1.0, false);
    return jdbc.sql("select coalesce(released_minor, 0) from campaign_review where id = :id")
        .param("id", reviewId).query(Long.class).single();
  }

  private long campaign(String name, String channel) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into campaign (name, channel, created_at) values (:name, :channel, :now)""")
        .param("name", name).param("channel", channel).param("now", TestClock.offsetNow())
        .update(key, "id");
    return key.getKey().longValue();
  }

  private long request(Long campaign, String channel, long amount) {
    return requests.insert(new NewBudgetRequest(campaign, "Request " + channel, channel, quarter,
        amount, "EUR", null, null, null, null), "mia", BudgetRequestStatus.SUBMITTED,
        TestClock.offsetNow());
  }

  private static String tag() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  /** The rows of the table after the marker in docs/budget.md. */
  static List<Row> documentedRows() {
    List<String> lines;
    try {
      lines = Files.readAllLines(DOC);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int start = lines.indexOf(lines.stream().filter(l -> l.startsWith(MARKER)).findFirst()
        .orElseThrow(() -> new AssertionError(DOC + " has no " + MARKER)));
    List<Row> rows = new ArrayList<>();
    for (String line : lines.subList(start + 1, lines.size())) {
      if (!line.startsWith("|")) {
        break;
      }
      String[] cells = line.substring(1, line.lastIndexOf('|')).split("\\|");
      if (!cells[0].trim().matches("[0-9]+")) {
        continue;
      }
      rows.add(new Row(Integer.parseInt(cells[0].trim()), cells[1].trim(), minor(cells[2]),
          minor(cells[3]), minor(cells[4]), minor(cells[5]), cells[6].trim()
          .replaceAll("([0-9]),([0-9])", "$1$2")));
    }
    assertThat(rows).as("rows of the ledger table in " + DOC).hasSizeGreaterThanOrEqualTo(7);
    return rows;
  }

  private static long minor(String cell) {
    return new BigDecimal(cell.trim().replace(",", "")).movePointRight(2).longValueExact();
  }
}
