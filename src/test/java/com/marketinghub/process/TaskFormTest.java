package com.marketinghub.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What the glue reads from a task's Camunda Form, on the real forms. */
class TaskFormTest {

  @Test
  void shouldReadTheChoicesOfEachManualResolutionForm() throws IOException {
    assertThat(choices("daily-sync-resolve-import", "importResolution"))
        .containsExactly("retry", "skip");
    assertThat(choices("lead-handoff-resolve-sync", "syncResolution"))
        .containsExactly("retry", "edit", "close");
    assertThat(choices("budget-approval-resolve-export", "exportResolution"))
        .containsExactly("retry", "done");
    assertThat(choices("launch-coordination-resolve-announcement", "announcementResolution"))
        .containsExactly("retry", "done");
  }

  @Test
  void shouldRefuseAFieldThatHasNoChoices() {
    assertThatThrownBy(() -> choices("daily-sync-resolve-import", "nothing"))
        .hasMessage("The form has no choices for nothing");
  }

  @Test
  void shouldReadAChecklistAsTheFormsRequiredCheckboxes() throws IOException {
    try (InputStream form = form("launch-coordination-customer-success-briefing")) {
      assertThat(FormChecklist.requiredCheckboxes(form)).containsExactly(
          java.util.Map.entry("faqReady", "FAQ ready"),
          java.util.Map.entry("csmsBriefed", "CSMs briefed"),
          java.util.Map.entry("supportTrained", "Support trained"));
    }
  }

  private static java.util.List<String> choices(String formId, String key) throws IOException {
    try (InputStream form = form(formId)) {
      return ManualResolution.choices(form, key);
    }
  }

  private static InputStream form(String id) throws IOException {
    return Files.newInputStream(Path.of("forms", id + ".form"));
  }
}
