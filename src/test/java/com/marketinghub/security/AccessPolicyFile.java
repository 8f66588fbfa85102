package com.marketinghub.security;

import java.io.IOException;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/** access-policy.yaml read as the application binds it, without starting the application. */
final class AccessPolicyFile {

  private AccessPolicyFile() {}

  static AccessPolicy read() {
    try {
      java.util.List<PropertySource<?>> sources = new YamlPropertySourceLoader()
          .load("access-policy", new ClassPathResource("access-policy.yaml"));
      AccessPolicyProperties properties = new Binder(
          org.springframework.boot.context.properties.source.ConfigurationPropertySources
              .from(sources))
          .bind("marketing-hub.access", AccessPolicyProperties.class).get();
      return new AccessPolicy(properties);
    } catch (IOException e) {
      throw new IllegalStateException("access-policy.yaml cannot be read", e);
    }
  }

  /** The README's table: one row per entry, in the file's order. */
  static String markdownTable(AccessPolicy policy) {
    return "| method and path | who may call it |\n| --- | --- |\n" + policy.entries().stream()
        .map(entry -> "| `" + entry.method() + " " + entry.path() + "` | "
            + entry.groups().stream().map(AccessPolicyFile::describe)
                .collect(Collectors.joining(", "))
            + (entry.note() == null ? "" : "; " + entry.note()) + " |")
        .collect(Collectors.joining("\n")) + "\n";
  }

  private static String describe(String group) {
    return switch (group) {
      case AccessPolicy.ANY_USER -> "any user";
      case AccessPolicy.KIND_IMPORTERS -> "the groups that may import the batch's kind";
      default -> group;
    };
  }
}
