package com.marketinghub.e2e;

import static com.marketinghub.support.DemoUsers.PASSWORD;
import static com.marketinghub.support.DemoUsers.SALES;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Tasklist lists each person the filters of their work (tasklist.yaml, groups). */
class TasklistFiltersE2E extends BrowserTest {

  @Test
  void shouldShowASalesRepOnlyTheFiltersOfTheirWork() {
    login("tasklist", SALES, PASSWORD);

    assertThat(filterNames()).containsExactly("My tasks", "My group's tasks", "Overdue",
        "Lead reviews");
  }

  @Test
  void shouldShowFinanceItsBudgetFilters() {
    login("tasklist", "fiona", PASSWORD);

    assertThat(filterNames()).containsExactly("My tasks", "My group's tasks", "Overdue",
        "Escalated", "Budget approvals", "Finance export failures", "Budget reallocations");
  }

  /** The filter list on the left, in Tasklist's order (priority), counts stripped. */
  private List<String> filterNames() {
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("My tasks")));
    return browser.findElements(By.cssSelector(".task-filters .task-filter")).stream()
        .map(WebElement::getText).map(text -> text.replaceAll("\\s*\\(?\\d+\\)?\\s*$", "").trim())
        .toList();
  }
}
