package com.marketinghub.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.AttackSuite;
import com.marketinghub.support.HttpApi;
import com.marketinghub.sync.CsvExport;
import com.marketinghub.sync.ImportKind;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 16, family 10, over HTTP: every entry of access-policy.yaml called as a member of every
 * group (one user per group, in that group only), allowed or 403 exactly as the file says; and
 * the file covers every /api endpoint the application has, every import kind and every export.
 */
@AttackSuite
class AccessMatrixTest extends ApplicationTest {

  private static final String PASSWORD = "matrix-password";
  private static final Pattern BATCH_ID = Pattern.compile("\"batchId\"\\s*:\\s*(\\d+)");

  @Autowired
  private AccessPolicy policy;
  @Autowired
  private IdentityService identityService;
  @Autowired
  private IdentityProperties identity;
  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  private RequestMappingHandlerMapping mappings;
  @Autowired
  private List<ImportKind<?>> importKinds;
  @Autowired
  private List<CsvExport> exports;

  private final List<String> groups = new ArrayList<>();

  @BeforeEach
  void oneUserPerGroup() {
    groups.clear();
    groups.add(Groups.ADMIN);
    identity.groups().forEach(group -> groups.add(group.id()));
    for (String group : groups) {
      String userId = user(group);
      if (identityService.createUserQuery().userId(userId).count() == 0) {
        User user = identityService.newUser(userId);
        user.setPassword(PASSWORD);
        user.setEmail(userId + "@example.com");
        identityService.saveUser(user);
        identityService.createMembership(userId, group);
      }
    }
  }

  /** Gone after each test: a user in a sales team would otherwise get leads round robin. */
  @AfterEach
  void removeTheUsers() {
    groups.forEach(group -> identityService.deleteUser(user(group)));
  }

  @Test
  void shouldAnswerEveryEndpointForEveryGroupAsTheFileSays() {
    // A batch of a Marketing kind and one of a Finance kind, each imported by its own group.
    Map<String, Long> batches = new LinkedHashMap<>();
    batches.put("leads", importEmpty("marketing", "leads"));
    batches.put("budget-plans", importEmpty("finance", "budget-plans"));

    List<String> wrong = new ArrayList<>();
    int calls = 0;
    for (AccessPolicy.Entry entry : policy.entries()) {
      for (Map.Entry<String, Long> batch : batches.entrySet()) {
        if (!entry.needsBatchKind() && batch.getKey().equals("budget-plans")) {
          continue;
        }
        String path = entry.path().replace("{batchId}", batch.getValue().toString())
            .replace("{quarter}", "2026-Q4").replace("{channel}", "matrix-channel")
            .replaceAll("\\{[a-zA-Z]+}", "987654321");
        Optional<String> kind = entry.needsBatchKind() ? Optional.of(batch.getKey())
            : Optional.empty();
        for (String group : groups) {
          boolean allowed = policy.allows(entry, List.of(group), kind);
          int status = call(api().as(user(group), PASSWORD), entry.method(), path).statusCode();
          calls++;
          if (allowed ? status == 401 || status == 403 : status != 403) {
            wrong.add(entry.method() + " " + path + " as " + group + ": " + status
                + (allowed ? " (allowed by the file)" : " (not allowed by the file)"));
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(calls).isGreaterThanOrEqualTo((policy.entries().size() + 2) * groups.size());
  }

  @Test
  void shouldLetAdminsReadEverythingButWriteOnlyWhereListed() {
    HttpApi admin = api().as(user(Groups.ADMIN), PASSWORD);

    assertThat(admin.get("/api/budget/summary").statusCode()).isEqualTo(200);
    assertThat(admin.get("/api/accounts/at-risk").statusCode()).isEqualTo(200);
    assertThat(admin.get("/api/exports/health.csv").statusCode()).isEqualTo(200);
    assertThat(admin.get("/api/exports/budget.csv").statusCode()).isEqualTo(200);
    assertThat(admin.postJson("/api/budget-requests", "{}").statusCode()).isEqualTo(403);
  }

  /**
   * The same path spelled otherwise reaches no handler past the policy: what the filter matches
   * is what Spring matches. Expectations written out, not taken from the policy.
   */
  @Test
  void shouldRefuseEverySpellingOfAForbiddenPath() {
    HttpApi sales = api().as(user("sales"), PASSWORD);

    for (String path : List.of("/api/exports/leads.csv", "/api/exports/leads.csv;jsessionid=x",
        "/api/exports/%6Ceads.csv", "/api/exports/leads.csv/", "/api//exports/leads.csv",
        "/api/EXPORTS/leads.csv", "/api/exports/./leads.csv", "/api/x/../exports/leads.csv",
        "/api/exports/leads%2Ecsv", "/api/audit", "/api/budget/summary")) {
      HttpResponse<String> response = sales.get(path);
      assertThat(response.statusCode()).as(path + ": " + response.body()).isIn(400, 403, 404);
      assertThat(response.body()).as(path).doesNotContain("id,source,external_id", "\"items\"");
    }
    assertThat(api().as(user("marketing"), PASSWORD).get("/api/exports/leads.csv;jsessionid=x")
        .statusCode()).as("the same spelling for a group the file lets in").isEqualTo(200);
  }

  @Test
  void shouldKeepAnImportsReportToTheGroupsThatImportItsKind() {
    long financeBatch = importEmpty("finance", "budget-plans");

    assertThat(api().as(user("finance"), PASSWORD).get("/api/imports/" + financeBatch)
        .statusCode()).isEqualTo(200);
    assertThat(api().as(user("marketing"), PASSWORD).get("/api/imports/" + financeBatch)
        .statusCode()).isEqualTo(403);
    assertThat(api().as(user("marketing"), PASSWORD)
        .get("/api/imports/" + financeBatch + "/rejects.csv").statusCode()).isEqualTo(403);
    assertThat(api().as(user(Groups.ADMIN), PASSWORD).get("/api/imports/" + financeBatch)
        .statusCode()).isEqualTo(200);
  }

  @Test
  void shouldHaveAnEntryForEveryEndpointKindAndExport() {
    List<String> missing = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping
        : mappings.getHandlerMethods().entrySet()) {
      for (String pattern : mapping.getKey().getPatternValues()) {
        if (!pattern.startsWith("/api/") || pattern.equals("/api/**")) {
          continue;
        }
        for (var method : mapping.getKey().getMethodsCondition().getMethods()) {
          String sample = pattern.replaceAll("\\{[^}]+\\}", "1");
          boolean covered = pattern.contains("{kind}") || pattern.contains("{name}")
              || policy.entry(method.name(), sample).isPresent();
          if (!covered) {
            missing.add(method + " " + pattern);
          }
        }
      }
    }
    importKinds.forEach(kind -> {
      if (policy.entry("POST", "/api/imports/" + kind.name())
          .filter(entry -> !entry.path().contains("{")).isEmpty()) {
        missing.add("POST /api/imports/" + kind.name());
      }
    });
    exports.forEach(export -> {
      if (policy.entry("GET", "/api/exports/" + export.name() + ".csv").isEmpty()) {
        missing.add("GET /api/exports/" + export.name() + ".csv");
      }
    });
    assertThat(missing).as("endpoints without an entry in access-policy.yaml").isEmpty();

    List<String> stale = policy.entries().stream()
        .filter(entry -> mappings.getHandlerMethods().keySet().stream().noneMatch(info ->
            info.getMethodsCondition().getMethods().stream()
                .anyMatch(method -> method.name().equals(entry.method()))
            && info.getPathPatternsCondition().getPatterns().stream().anyMatch(pattern ->
                pattern.matches(PathContainer.parsePath(
                    entry.path().replaceAll("\\{[^}]+\\}", "1"))))))
        .map(entry -> entry.method() + " " + entry.path()).toList();
    assertThat(stale).as("entries of access-policy.yaml that no endpoint answers").isEmpty();
    assertThat(importKinds).hasSizeGreaterThanOrEqualTo(10);
    assertThat(exports).hasSizeGreaterThanOrEqualTo(10);
  }

  /**
   * A refused upload is answered before its body is read: the server says 403 while the client
   * has sent only the headers of a 50 MB file (family 7: checked before it is spooled).
   */
  @Test
  void shouldRefuseAnUploadBeforeReadingIt() throws Exception {
    String credentials = Base64.getEncoder().encodeToString(
        (user("sales") + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(("POST /api/imports/leads HTTP/1.1\r\nHost: localhost\r\n"
          + "Authorization: Basic " + credentials + "\r\n"
          + "Content-Type: multipart/form-data; boundary=x\r\n"
          + "Content-Length: 50000000\r\n\r\n--x\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
          StandardCharsets.US_ASCII)).readLine();
      assertThat(statusLine).isEqualTo("HTTP/1.1 403 ");
    }
  }

  private long importEmpty(String group, String kind) {
    HttpResponse<String> response = api().as(user(group), PASSWORD)
        .postFile("/api/imports/" + kind, "file", "empty.csv", "");
    Matcher batchId = BATCH_ID.matcher(response.body());
    assertThat(batchId.find()).as("a batch id in " + response.body()).isTrue();
    return Long.parseLong(batchId.group(1));
  }

  private static HttpResponse<String> call(HttpApi api, String method, String path) {
    return switch (method) {
      case "GET" -> api.get(path);
      case "POST" -> api.postJson(path, "{}");
      case "PUT" -> api.putJson(path, "{}");
      case "DELETE" -> api.delete(path);
      default -> throw new IllegalArgumentException(method);
    };
  }

  /** User ids are letters and digits only (Camunda's default pattern). */
  private static String user(String group) {
    return "matrix" + group.replace("-", "");
  }
}
