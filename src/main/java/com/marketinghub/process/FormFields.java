package com.marketinghub.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The fields a Camunda Form asks a person for: the keyed input components (at any depth of
 * groups), each with the kind of value it gives. Display components (text, buttons, spacers,
 * images...) give none; a disabled field is shown, not asked for, and Tasklist does not submit it.
 *
 * @param formId the form's id, to name it in a message
 */
public record FormFields(String formId, Map<String, Field> fields) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The kind of value a field gives, as Tasklist's form-js submits it. */
  public enum Kind {
    /** textfield, textarea, radio, select, datetime: a string. */
    TEXT,
    /** number: a JSON number (a string when the field serializes to one). */
    NUMBER,
    /** checkbox: true or false. */
    BOOLEAN,
    /** checklist, taglist: a list of strings, sent as a Json variable. */
    LIST
  }

  /**
   * One keyed component.
   *
   * @param disabled shown to the person but not editable, never submitted
   */
  public record Field(String key, Kind kind, boolean required, boolean disabled) {}

  private static final Map<String, Kind> INPUTS = Map.of("textfield", Kind.TEXT,
      "textarea", Kind.TEXT, "radio", Kind.TEXT, "select", Kind.TEXT, "datetime", Kind.TEXT,
      "number", Kind.NUMBER, "checkbox", Kind.BOOLEAN, "checklist", Kind.LIST,
      "taglist", Kind.LIST);

  public FormFields {
    fields = Map.copyOf(fields);
  }

  /** What a task or start event without a Camunda Form asks for: nothing. */
  public static FormFields none() {
    return new FormFields(null, Map.of());
  }

  /** The input fields of a Camunda Form (its JSON). */
  public static FormFields read(InputStream form) throws IOException {
    JsonNode root = JSON.readTree(form);
    Map<String, Field> fields = new LinkedHashMap<>();
    collect(root, fields);
    return new FormFields(root.path("id").asText(null), fields);
  }

  /** The field the form asks for under this key, if it asks for one. */
  public Optional<Field> field(String key) {
    return Optional.ofNullable(fields.get(key));
  }

  private static void collect(JsonNode node, Map<String, Field> fields) {
    for (JsonNode component : node.path("components")) {
      Kind kind = INPUTS.get(component.path("type").asText());
      String key = component.path("key").asText("");
      if (kind != null && !key.isEmpty()) {
        if (kind == Kind.NUMBER && component.path("serializeToString").asBoolean(false)) {
          kind = Kind.TEXT;
        }
        fields.put(key, new Field(key, kind,
            component.path("validate").path("required").asBoolean(false),
            component.path("disabled").asBoolean(false)));
      }
      collect(component, fields);
    }
  }
}
