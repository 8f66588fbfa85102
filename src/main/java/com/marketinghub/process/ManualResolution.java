package com.marketinghub.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The manual-resolution task every integration step's error path ends in: a person sees what
 * went wrong and chooses what happens (retry, done, skip, edit...). The choices are the values
 * of the choice field in the task's deployed form, so the form is the one place they are
 * written; a completion with any other value, from whatever client, is refused.
 */
public final class ManualResolution {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ManualResolution() {}

  /**
   * The person's choice, one of the form's values for {@code choiceVariable}.
   *
   * @param what the step and record, first words of a refusal ("Finance export of budget
   *     request 12")
   */
  public static String choice(DelegateTask task, String choiceVariable, String what) {
    List<String> choices = formChoices(task, choiceVariable);
    String choice = ProcessVariables.string(task, choiceVariable);
    if (choice == null || !choices.contains(choice)) {
      throw new BadUserRequestException(what + ": " + choiceVariable + " must be one of "
          + choices + ", was " + choice);
    }
    return choice;
  }

  /** The values of the radio or select field {@code key} of the task's deployed form. */
  static List<String> formChoices(DelegateTask task, String key) {
    try (InputStream form = task.getProcessEngineServices().getFormService()
        .getDeployedTaskForm(task.getId())) {
      return choices(form, key);
    } catch (IOException e) {
      throw new UncheckedIOException("Form of task " + task.getTaskDefinitionKey(), e);
    }
  }

  /** The values of the radio or select field {@code key} of a Camunda Form, in its order. */
  public static List<String> choices(InputStream form, String key) throws IOException {
    List<String> values = new ArrayList<>();
    collect(JSON.readTree(form), key, values);
    if (values.isEmpty()) {
      throw new IllegalStateException("The form has no choices for " + key);
    }
    return values;
  }

  private static void collect(JsonNode node, String key, List<String> values) {
    for (JsonNode component : node.path("components")) {
      if (key.equals(component.path("key").asText())) {
        component.path("values").forEach(value -> values.add(value.path("value").asText()));
      }
      collect(component, key, values);
    }
  }
}
