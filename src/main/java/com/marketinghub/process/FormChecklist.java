package com.marketinghub.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The checklist of a task's Camunda Form: its required checkboxes (key → label), read from the
 * form deployed with the task's process. The form is the one place a checklist is written; a
 * listener checks the same items on completion that the form asks for, so a change in Modeler
 * changes both.
 */
public final class FormChecklist {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormChecklist() {}

  /** The required checkboxes of the task's deployed form, in the form's order. */
  public static Map<String, String> of(DelegateTask task) {
    try (InputStream form = task.getProcessEngineServices().getFormService()
        .getDeployedTaskForm(task.getId())) {
      return requiredCheckboxes(form);
    } catch (IOException e) {
      throw new UncheckedIOException("Form of task " + task.getTaskDefinitionKey(), e);
    }
  }

  /** The required checkboxes (type checkbox, validate.required) of a Camunda Form. */
  public static Map<String, String> requiredCheckboxes(InputStream form) throws IOException {
    Map<String, String> items = new LinkedHashMap<>();
    collect(JSON.readTree(form), items);
    return items;
  }

  private static void collect(JsonNode node, Map<String, String> items) {
    for (JsonNode component : node.path("components")) {
      if ("checkbox".equals(component.path("type").asText())
          && component.path("validate").path("required").asBoolean(false)) {
        items.put(component.path("key").asText(), component.path("label").asText());
      }
      collect(component, items);
    }
  }
}
