package com.marketinghub.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.marketinghub.process.FormFields;
import com.marketinghub.security.SubmissionPolicy.Action;
import com.marketinghub.security.SubmissionPolicy.Refusal;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The submission rules without an engine: paths, a form's fields, kinds of values. */
class SubmissionPolicyTest {

  private static final String TASK = "task-1";
  private static final String DEFINITION = "budget-approval:1:7";

  /** The budget approval's task and start forms as deployed; nothing else exists. */
  private final SubmissionPolicy policy = new SubmissionPolicy(new SubmissionPolicy.Forms() {
    @Override
    public Optional<FormFields> ofTask(String taskId) {
      return taskId.equals(TASK) ? Optional.of(form("budget-approval-decide")) : Optional.empty();
    }

    @Override
    public Optional<FormFields> ofStart(String definitionId, String key, String tenantId) {
      if (DEFINITION.equals(definitionId) || "budget-approval".equals(key)) {
        return Optional.of(form("budget-approval-request"));
      }
      return "lead-handoff".equals(key) ? Optional.of(FormFields.none()) : Optional.empty();
    }
  });

  @Test
  void shouldFindTheEnginePathBehindBothEntries() {
    List<String> complete = List.of("task", "42", "complete");
    assertThat(path("/engine-rest/task/42/complete")).contains(complete);
    assertThat(path("/engine-rest/engine/default/task/42/complete")).contains(complete);
    assertThat(path("/engine-rest//task/42/complete/")).contains(complete);
    assertThat(path("/camunda/api/engine/engine/default/task/42/complete")).contains(complete);
    assertThat(path("/camunda/api/admin/auth/user/default/login/tasklist")).isEmpty();
    assertThat(path("/api/leads")).isEmpty();
  }

  @Test
  void shouldTellTheQueriesTheWebappsPostFromWrites() {
    for (String query : List.of("task", "process-instance/count", "filter/f1/list",
        "history/process-instance", "history/activity-instance/count", "variable-instance")) {
      assertThat(request("POST", query).isQuery()).as(query).isTrue();
    }
    for (String write : List.of("message", "signal", "condition", "task/1/complete",
        "history/cleanup", "process-instance/1/variables", "task/create")) {
      assertThat(request("POST", write).isQuery()).as(write).isFalse();
    }
    assertThat(request("PUT", "task/1/variables/x").isQuery()).isFalse();
    assertThat(request("DELETE", "process-instance/1").isQuery()).isFalse();
  }

  @Test
  void shouldCheckCompletionsAndStartsAndRefuseEveryOtherVariableWrite() {
    assertThat(action("POST", "task/1/complete")).isEqualTo(Action.TASK_FORM);
    assertThat(action("POST", "task/1/submit-form")).isEqualTo(Action.TASK_FORM);
    assertThat(action("POST", "task/1/resolve")).isEqualTo(Action.TASK_FORM);
    assertThat(action("POST", "process-definition/d:1/start")).isEqualTo(Action.START_FORM);
    assertThat(action("POST", "process-definition/d:1/submit-form"))
        .isEqualTo(Action.START_FORM);
    assertThat(action("POST", "process-definition/key/k/start")).isEqualTo(Action.START_FORM);
    assertThat(action("POST", "process-definition/key/k/tenant-id/t/submit-form"))
        .isEqualTo(Action.START_FORM);

    for (String write : List.of("PUT task/1/variables/owner", "DELETE task/1/variables/owner",
        "POST task/1/variables", "PUT task/1/localVariables/x", "POST task/1/variables/x/data",
        "POST process-instance/1/variables", "PUT process-instance/1/variables/x",
        "POST process-instance/variables/async", "POST process-instance/1/modification",
        "POST process-instance/1/modification-async", "PUT execution/1/localVariables/x",
        "POST execution/1/localVariables", "PUT case-instance/1/variables/x")) {
      String[] request = write.split(" ");
      assertThat(action(request[0], request[1])).as(write).isEqualTo(Action.REFUSE);
    }
    assertThat(action("POST", "message")).isEqualTo(Action.REFUSE_MESSAGE);
    assertThat(action("POST", "signal")).isEqualTo(Action.REFUSE_MESSAGE);

    assertThat(action("GET", "task/1/variables")).isEqualTo(Action.PASS);
    assertThat(action("POST", "decision-definition/key/d/evaluate")).isEqualTo(Action.PASS);
    assertThat(action("POST", "task/1/claim")).isEqualTo(Action.INSPECT);
    assertThat(action("POST", "task/1/bpmnError")).isEqualTo(Action.INSPECT);
    assertThat(action("POST", "process-definition/key/k/restart")).isEqualTo(Action.INSPECT);
  }

  @Test
  void shouldLetACompletionWithTheFormsFieldsThrough() {
    assertThat(check("POST", "task/" + TASK + "/complete", """
        {"variables": {"decision": {"value": "APPROVE"}, "decisionComment": {"value": null}}}"""))
        .isEmpty();
    assertThat(check("POST", "task/" + TASK + "/submit-form", """
        {"variables": {"decision": {"value": "REJECT", "type": "String"},
          "decisionComment": {"value": "Too much"}}}""")).isEmpty();
    assertThat(check("POST", "task/" + TASK + "/complete", "{}")).isEmpty();
    assertThat(check("POST", "task/" + TASK + "/complete", "")).isEmpty();
  }

  @Test
  void shouldNameEveryVariableTheFormDoesNotAskFor() {
    Refusal refusal = check("POST", "task/" + TASK + "/complete", """
        {"variables": {"decision": {"value": "APPROVE"}, "nrOfInstances": {"value": 1},
          "requestId": {"value": 7}, "requester": {"value": "max"},
          "approvalLevel": {"value": "1"}}}""").orElseThrow();

    assertThat(refusal.variables())
        .containsExactly("nrOfInstances", "requestId", "requester", "approvalLevel");
    assertThat(refusal.message()).contains("nrOfInstances (engine-internal)",
        "requestId (a record id)", "requester (not a field of form budget-approval-decide)",
        "approvalLevel (a read-only field of form budget-approval-decide)");
  }

  @Test
  void shouldRefuseAValueOfAnotherKindThanItsField() {
    assertThat(refused("decision", "{\"value\": 1}")).contains("must be text");
    assertThat(refused("decision", "{\"value\": \"{}\", \"type\": \"Json\"}"))
        .contains("must be text");
    assertThat(refused("decision", "{\"value\": \"APPROVE\", \"type\": \"Object\"}"))
        .contains("must be text");
    assertThat(refused("decision", "{\"value\": null}")).contains("required");
    assertThat(refused("decision", "\"APPROVE\"")).hasValueSatisfying(
        reason -> assertThat(reason).startsWith("not a variable"));

    FormFields kinds = new FormFields("kinds", java.util.Map.of(
        "ok", new FormFields.Field("ok", FormFields.Kind.BOOLEAN, false, false),
        "count", new FormFields.Field("count", FormFields.Kind.NUMBER, false, false),
        "tags", new FormFields.Field("tags", FormFields.Kind.LIST, false, false)));
    assertThat(problem("ok", "{\"value\": true}", kinds)).isEmpty();
    assertThat(problem("ok", "{\"value\": \"true\"}", kinds)).contains("must be true or false");
    assertThat(problem("count", "{\"value\": 12}", kinds)).isEmpty();
    assertThat(problem("count", "{\"value\": 1.5, \"type\": \"Double\"}", kinds)).isEmpty();
    assertThat(problem("count", "{\"value\": \"12\"}", kinds)).contains("must be a number");
    assertThat(problem("count", "{\"value\": 12, \"type\": \"String\"}", kinds))
        .contains("must be a number");
    assertThat(problem("tags", "{\"value\": \"[\\\"a\\\"]\", \"type\": \"Json\"}", kinds))
        .isEmpty();
    assertThat(problem("tags", "{\"value\": \"[1]\", \"type\": \"Json\"}", kinds))
        .contains("must be a Json list of strings");
    assertThat(problem("tags", "{\"value\": [\"a\"]}", kinds))
        .contains("must be a Json list of strings");
  }

  @Test
  void shouldLeaveAnUnknownTaskOrDefinitionToTheEngine() {
    assertThat(check("POST", "task/nope/complete", "{\"variables\": {\"x\": {\"value\": 1}}}"))
        .isEmpty();
    assertThat(check("POST", "process-definition/key/nope/start",
        "{\"variables\": {\"x\": {\"value\": 1}}}")).isEmpty();
  }

  @Test
  void shouldRefuseABodyThatIsNotJson() {
    assertThat(check("POST", "task/" + TASK + "/complete", "{\"variables\": ")).isPresent();
    // Two values for one name: the engine would take the last, this check the first.
    assertThat(check("POST", "task/" + TASK + "/complete", """
        {"variables": {"decision": {"value": "APPROVE"}},
         "variables": {"nrOfInstances": {"value": 1}}}""")).isPresent();
    assertThat(check("POST", "task/1/bpmnError", """
        {"variables": {}, "variables": {"nrOfInstances": {"value": 1}}}""")).isPresent();
  }

  @Test
  void shouldStartWithTheStartFormsFieldsOnly() {
    String fields = """
        "campaignName": {"value": "Webinar"}, "channel": {"value": "events"},
        "quarter": {"value": "2026-Q2"}, "amount": {"value": "100"},
        "currency": {"value": "EUR"}, "expectedLeads": {"value": 12},
        "campaignEndDate": {"value": "2026-06-30"}""";
    assertThat(check("POST", "process-definition/" + DEFINITION + "/submit-form",
        "{\"variables\": {" + fields + "}}")).isEmpty();

    Refusal refusal = check("POST", "process-definition/key/budget-approval/start",
        "{\"businessKey\": \"7\", \"startInstructions\": [{\"type\": \"startBeforeActivity\"}],"
            + " \"variables\": {" + fields + ", \"initiator\": {\"value\": \"max\"}}}")
        .orElseThrow();
    assertThat(refusal.variables()).containsExactly("businessKey", "startInstructions",
        "initiator");

    assertThat(check("POST", "process-definition/key/lead-handoff/start",
        "{\"variables\": {\"leadId\": {\"value\": 1}}}").orElseThrow().variables())
        .containsExactly("leadId");
    assertThat(check("POST", "process-definition/key/lead-handoff/start",
        "{\"variables\": {\"score\": {\"value\": 1}}}").orElseThrow().message())
        .contains("score (there is no form)");
    assertThat(check("POST", "process-definition/key/lead-handoff/start", "{}")).isEmpty();
  }

  @Test
  void shouldNameTheVariablesOfADirectWrite() {
    assertThat(check("PUT", "task/1/variables/owner", "{\"value\": \"mia\"}").orElseThrow()
        .variables()).containsExactly("owner");
    assertThat(check("POST", "process-instance/1/variables",
        "{\"modifications\": {\"score\": {\"value\": 1}}, \"deletions\": [\"leadId\"]}")
        .orElseThrow().variables()).containsExactly("score", "leadId");
    assertThat(check("POST", "message", """
        {"messageName": "Msg_LeadReceived", "businessKey": "1",
         "processVariables": {"leadId": {"value": 1}}}""").orElseThrow().variables())
        .containsExactly("leadId", "businessKey");
    assertThat(check("POST", "signal", "{\"name\": \"s\"}").orElseThrow().message())
        .startsWith("Messages and signals are sent by the application");
  }

  @Test
  void shouldRefuseVariablesInAnyOtherBodyButLetQueriesThrough() {
    assertThat(check("POST", "task/1/bpmnError", """
        {"errorCode": "Error_X", "variables": {"decision": {"value": "APPROVE"}}}""")
        .orElseThrow().variables()).containsExactly("decision");
    assertThat(check("POST", "process-definition/d:1/restart", """
        {"instructions": [{"type": "startBeforeActivity", "variables": {"x": {"value": 1}}}]}""")
        .orElseThrow().variables()).containsExactly("x");
    assertThat(check("POST", "task", """
        {"processVariables": [{"name": "team", "operator": "eq", "value": "sales-emea"}]}"""))
        .isEmpty();
    assertThat(check("POST", "filter/f1/list",
        "{\"processVariables\": [], \"taskVariables\": [], \"sorting\": []}")).isEmpty();
    assertThat(check("POST", "task/1/claim", "{\"userId\": \"mia\"}")).isEmpty();
  }

  @Test
  void shouldReadTheInputFieldsOfAForm() {
    FormFields decide = form("budget-approval-decide");

    assertThat(decide.formId()).isEqualTo("budget-approval-decide");
    assertThat(decide.fields().keySet()).contains("decision", "decisionComment", "request",
        "overBudget").doesNotContainNull();
    assertThat(decide.field("decision").orElseThrow()).isEqualTo(
        new FormFields.Field("decision", FormFields.Kind.TEXT, true, false));
    assertThat(decide.field("overBudget").orElseThrow()).isEqualTo(
        new FormFields.Field("overBudget", FormFields.Kind.BOOLEAN, false, true));
    assertThat(form("budget-approval-request").field("expectedLeads").orElseThrow().kind())
        .isEqualTo(FormFields.Kind.NUMBER);
  }

  @Test
  void shouldReadFieldsInGroupsAndSkipDisplayComponents() throws IOException {
    FormFields form = FormFields.read(stream("""
        {"id": "nested", "components": [
          {"type": "text", "text": "Hello"},
          {"type": "button", "key": "submit", "action": "submit"},
          {"type": "group", "components": [
            {"type": "checklist", "key": "items", "values": []},
            {"type": "number", "key": "asText", "serializeToString": true}]}]}"""));

    assertThat(form.fields().keySet()).containsExactlyInAnyOrder("items", "asText");
    assertThat(form.field("items").orElseThrow().kind()).isEqualTo(FormFields.Kind.LIST);
    assertThat(form.field("asText").orElseThrow().kind()).isEqualTo(FormFields.Kind.TEXT);
  }

  /**
   * The engine's own variables never appear in a form, or Tasklist could not submit it: the
   * multi-instance counters, collections and element variables, the initiator, record ids.
   */
  @Test
  void shouldFindNoFormThatAsksForAnEngineVariableOrARecordId() throws IOException {
    List<String> engineVariables = new ArrayList<>(SubmissionPolicy.ENGINE_INTERNAL);
    Pattern modelled = Pattern.compile(
        "camunda:(?:collection|elementVariable|initiator)=\"(?:\\$\\{)?([A-Za-z0-9_]+)\\}?\"");
    try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
      for (Path model : models.filter(file -> file.toString().endsWith(".bpmn")).toList()) {
        Matcher matcher = modelled.matcher(Files.readString(model));
        while (matcher.find()) {
          engineVariables.add(matcher.group(1));
        }
      }
    }
    assertThat(engineVariables).contains("approverGroups", "approverGroup", "initiator");

    List<Path> forms = new ArrayList<>();
    for (String folder : List.of("forms", "src/test/resources/forms")) {
      try (Stream<Path> files = Files.list(Path.of(folder))) {
        files.filter(file -> file.toString().endsWith(".form")).forEach(forms::add);
      }
    }
    for (Path file : forms) {
      try (InputStream in = Files.newInputStream(file)) {
        for (String key : FormFields.read(in).fields().keySet()) {
          assertThat(key).as(file + " asks for " + key).isNotIn(engineVariables);
          assertThat(SubmissionPolicy.isRecordId(key)).as(file + " asks for " + key).isFalse();
        }
      }
    }
  }

  private Optional<String> refused(String name, String variable) {
    return problem(name, variable, form("budget-approval-decide"));
  }

  private static Optional<String> problem(String name, String variable, FormFields form) {
    return SubmissionPolicy.problem(name,
        SubmissionPolicy.parse(variable.getBytes(StandardCharsets.UTF_8)), form);
  }

  private Optional<Refusal> check(String method, String path, String body) {
    JsonNode json = SubmissionPolicy.parse(body.getBytes(StandardCharsets.UTF_8));
    return policy.check(request(method, path), json);
  }

  private static Action action(String method, String path) {
    return SubmissionPolicy.actionFor(request(method, path));
  }

  private static EngineRequest request(String method, String path) {
    return EngineRequest.of(method, "/engine-rest/" + path, "/camunda").orElseThrow();
  }

  private static Optional<List<String>> path(String servletPath) {
    return EngineRequest.of("POST", servletPath, "/camunda").map(EngineRequest::path);
  }

  private static FormFields form(String id) {
    try (InputStream in = Files.newInputStream(Path.of("forms", id + ".form"))) {
      return FormFields.read(in);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static InputStream stream(String json) {
    return new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }
}
