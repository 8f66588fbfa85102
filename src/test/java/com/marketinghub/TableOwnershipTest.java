package com.marketinghub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every table has one owning package (docs/architecture.md, "Tables and their owners"): only
 * the owner writes it, and only the owner reads it, but for the accounts, which are reference
 * data every domain may join. Checked on the SQL in the sources: a new table must be given an
 * owner here, and a query of another package's table fails the build.
 */
class TableOwnershipTest {

  static final Map<String, Set<String>> OWNERS = Map.of(
      "account", Set.of("account", "account_signal", "account_domain"),
      "lead", Set.of("lead", "owner_rotation"),
      "attribution", Set.of("campaign", "touchpoint", "attribution"),
      "budget", Set.of("budget_plan", "budget_request", "budget_decision", "budget_ledger",
          "budget_required_approval", "campaign_review", "deal", "fx_rate", "budget_reallocation",
          "budget_reallocation_line", "approver_absence", "approver_absence_lock"),
      "health", Set.of("health_score", "health_component", "retention_play",
          "expansion_handoff"),
      "launch", Set.of("launch", "launch_signoff", "launch_readiness", "launch_adoption",
          "feature_usage", "feedback"),
      "sync", Set.of("import_batch", "import_reject", "sync_run_lock"),
      "security", Set.of("audit_log"),
      "notify", Set.of("mail_outbox"),
      "tasklist", Set.of("task_notice", "task_offer"));

  /** Reference data: any package may read (join) it; only its owner writes it. */
  static final Set<String> REFERENCE = Set.of("account", "account_signal", "account_domain");

  private static final Path SOURCES = Path.of("src/main/java/com/marketinghub");
  private static final Pattern WRITE = Pattern.compile(
      "\\b(?:insert\\s+into|update|delete\\s+from|merge\\s+into)\\s+([a-z_]+)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern READ = Pattern.compile("\\b(?:from|join)\\s+([a-z_]+)",
      Pattern.CASE_INSENSITIVE);
  /** Our tables in a migration's create statements. */
  private static final Pattern CREATE = Pattern.compile("create\\s+table\\s+([a-z_]+)",
      Pattern.CASE_INSENSITIVE);

  @Test
  void shouldGiveEveryTableOfTheMigrationsAnOwner() throws IOException {
    Set<String> owned = new TreeSet<>();
    OWNERS.values().forEach(owned::addAll);
    Set<String> created = new TreeSet<>();
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
      files.forEach(file -> matches(CREATE, read(file)).forEach(created::add));
    }

    assertThat(owned).as("tables with an owner").isEqualTo(created);
  }

  @Test
  void shouldLetOnlyTheOwnerWriteATable() {
    List<String> offences = new ArrayList<>();
    forEachSqlOf((file, pkg, sql) -> matches(WRITE, sql).stream().filter(this::ours)
        .filter(table -> !owns(pkg, table))
        .forEach(table -> offences.add(file + " writes " + table + " of " + owner(table))));

    assertThat(offences).as("writes of another package's table").isEmpty();
  }

  @Test
  void shouldLetOnlyTheOwnerReadATableButTheAccounts() {
    Set<String> offences = new TreeSet<>();
    forEachSqlOf((file, pkg, sql) -> matches(READ, sql).stream().filter(this::ours)
        .filter(table -> !owns(pkg, table) && !REFERENCE.contains(table))
        .forEach(table -> offences.add(file + " reads " + table + " of " + owner(table))));

    assertThat(offences).as("reads of another package's table (not reference data): ask the "
        + "owner's read methods").isEmpty();
  }

  private interface SqlVisitor {
    void visit(String file, String pkg, String sql);
  }

  /** The string literals and text blocks of each main source file, as one text. */
  private static void forEachSqlOf(SqlVisitor visitor) {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
        String relative = SOURCES.relativize(file).toString().replace('\\', '/');
        String pkg = relative.contains("/") ? relative.substring(0, relative.indexOf('/')) : "";
        visitor.visit(relative, pkg, strings(read(file)));
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String strings(String source) {
    StringBuilder text = new StringBuilder();
    Matcher literal = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
        Pattern.DOTALL).matcher(source);
    while (literal.find()) {
      text.append(literal.group(1) != null ? literal.group(1) : literal.group(2)).append(' ');
    }
    return text.toString();
  }

  private boolean ours(String table) {
    return owner(table) != null;
  }

  private static boolean owns(String pkg, String table) {
    return OWNERS.getOrDefault(pkg, Set.of()).contains(table);
  }

  private static String owner(String table) {
    return OWNERS.entrySet().stream().filter(entry -> entry.getValue().contains(table))
        .map(Map.Entry::getKey).findFirst().orElse(null);
  }

  private static List<String> matches(Pattern pattern, String text) {
    List<String> tables = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      tables.add(matcher.group(1).toLowerCase(Locale.ROOT));
    }
    return tables;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
