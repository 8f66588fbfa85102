package com.marketinghub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, family 10: the README's table "Who may call what" is access-policy.yaml, rendered.
 * Run with {@code -DupdateReadme=true} to rewrite the table after changing the file.
 */
class AccessPolicyDocumentationTest {

  private static final Path README = Path.of("README.md");
  private static final String START = "<!-- access-policy.yaml: begin -->\n";
  private static final String END = "<!-- access-policy.yaml: end -->";

  @Test
  void shouldShowTheAccessPolicyFileInTheReadme() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int start = readme.indexOf(START);
    int end = readme.indexOf(END);
    assertThat(start).as("README.md has the markers of the access table").isNotNegative();
    assertThat(end).isGreaterThan(start);
    String expected = AccessPolicyFile.markdownTable(AccessPolicyFile.read());
    String actual = readme.substring(start + START.length(), end);
    if (!actual.equals(expected) && Boolean.getBoolean("updateReadme")) {
      Files.writeString(README, readme.substring(0, start + START.length()) + expected
          + readme.substring(end), StandardCharsets.UTF_8);
      actual = expected;
    }
    assertThat(actual)
        .as("README.md's access table (mvn test -Dtest=AccessPolicyDocumentationTest "
            + "-DupdateReadme=true rewrites it)")
        .isEqualTo(expected);
  }
}
