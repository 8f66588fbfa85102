package com.marketinghub.tasklist;

import static com.marketinghub.support.DemoUsers.MARKETING;
import static com.marketinghub.support.DemoUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.Jobs;
import com.marketinghub.support.TestClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The shared filters exist once, and each shows the signed-in user the right tasks. */
class TasklistFilterTest extends ApplicationTest {

  private static final List<String> NAMES = List.of("My tasks", "My group's tasks", "Overdue",
      "Lead reviews", "Attribution confirmations", "CRM sync errors", "Import failures");

  @Autowired FilterService filterService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired ManagementService managementService;
  @Autowired TasklistFilterSeeder seeder;
  @Autowired ObjectMapper json;
  @Autowired org.camunda.bpm.engine.AuthorizationService authorizationService;
  @Autowired TasklistProperties properties;

  @AfterEach
  void signOut() {
    identityService.clearAuthentication();
  }

  @Test
  void shouldCreateEachFilterOnceWhateverTheRestarts() {
    seeder.seed(filterService, taskService, authorizationService);

    for (String name : NAMES) {
      assertThat(filterService.createFilterQuery().filterName(name).count()).as(name).isOne();
    }
  }

  @Test
  void shouldShowEachPersonTheFiltersOfTheirWorkAndAdminsAll() {
    assertThat(visibleTo("sam", "sales", "sales-emea")).containsExactlyInAnyOrder(
        "My tasks", "My group's tasks", "Overdue", "Lead reviews");
    assertThat(visibleTo("fiona", "finance")).containsExactlyInAnyOrder("My tasks",
        "My group's tasks", "Overdue", "Escalated", "Budget approvals",
        "Finance export failures", "Budget reallocations");
    assertThat(visibleTo("otto", "marketing-ops")).contains("Import failures", "CRM sync errors")
        .doesNotContain("Budget reallocations", "Retention plays");
    assertThat(visibleTo("admin", "camunda-admin")).containsAll(
        properties.filters().stream().map(TasklistProperties.FilterSpec::name).toList());
  }

  /** The shared filters Tasklist lists for a user of these groups. */
  private List<String> visibleTo(String user, String... groups) {
    identityService.setAuthentication(user, List.of(groups));
    try {
      return filterService.createFilterQuery().listPage(0, 500).stream().map(Filter::getName)
          .filter(name -> properties.filters().stream().anyMatch(f -> f.name().equals(name)))
          .toList();
    } finally {
      identityService.clearAuthentication();
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldShowLeadCompanyAndScoreAsColumnsOfLeadReviews() {
    Filter reviews = filterService.createFilterQuery().filterName("Lead reviews").singleResult();

    List<Map<String, String>> columns = (List<Map<String, String>>) reviews.getProperties().get("variables");
    assertThat(columns).extracting(column -> column.get("name"))
        .containsExactly("leadCompany", "leadScore", "team");
  }

  @Test
  void shouldListReviewUnderOwnersMyTasksAndOverdueOnceDue() throws Exception {
    JsonNode lead = json.readTree(api().as(MARKETING, PASSWORD).postJson("/api/leads", """
        {"source": "web", "email": "f-%s@acme.example", "company": "Filter GmbH",
         "country": "DE", "companySize": 800, "jobTitle": "VP Sales"}"""
        .formatted(UUID.randomUUID())).body());
    String instance = lead.get("processInstanceId").asText();
    Jobs.runDue(managementService, instance);
    Task review = taskService.createTaskQuery().processInstanceId(instance).singleResult();

    identityService.setAuthentication(review.getAssignee(), List.of("sales", "sales-emea"));
    assertThat(listed("My tasks")).contains(review.getId());
    assertThat(listed("Lead reviews")).contains(review.getId());
    assertThat(listed("Overdue")).doesNotContain(review.getId());

    // A minute past the review's due date (its SLA), the filter's ${now()} has overtaken it.
    TestClock.advanceTo(review.getDueDate().toInstant().plus(Duration.ofMinutes(1)));
    assertThat(listed("Overdue")).contains(review.getId());

    identityService.setAuthentication("nick", List.of("sales", "sales-na"));
    assertThat(listed("Lead reviews")).doesNotContain(review.getId());
    assertThat(listed("My group's tasks")).doesNotContain(review.getId());
  }

  private List<String> listed(String filterName) {
    String id = filterService.createFilterQuery().filterName(filterName).singleResult().getId();
    return filterService.<Task>listPage(id, 0, 100).stream().map(Task::getId).toList();
  }
}
