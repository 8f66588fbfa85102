package com.marketinghub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.FileSystemResource;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs here, so this checks what can be checked of docker-compose.yml: its
 * services, and that the environment it gives the application is what the application reads.
 */
class DockerComposeTest {

  private static final Path RESOURCES = Path.of("src/main/resources");
  private static final Set<String> SPRING_PROPERTIES_WE_USE =
      Set.of("spring.profiles.active", "spring.mail.host", "spring.mail.port",
          "spring.mail.username", "spring.mail.password");

  private static final Pattern COMPOSE_VARIABLE =
      Pattern.compile("\\$\\{([A-Z_][A-Z0-9_]*)(?:(?::?[?-])[^}]*)?}");

  private static Map<String, Object> services;
  private static Map<String, Object> volumes;
  private static String rawCompose;
  private static Map<String, String> dotEnvExample;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void parse() throws IOException {
    rawCompose = Files.readString(Path.of("docker-compose.yml"));
    dotEnvExample = new java.util.HashMap<>();
    for (String line : Files.readAllLines(Path.of(".env.example"))) {
      if (!line.isBlank() && !line.startsWith("#")) {
        dotEnvExample.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
      }
    }
    try (InputStream in = Files.newInputStream(Path.of("docker-compose.yml"))) {
      Map<String, Object> compose = new Yaml().load(in);
      services = (Map<String, Object>) compose.get("services");
      volumes = (Map<String, Object>) compose.get("volumes");
    }
  }

  @Test
  void shouldRunPostgres16WithNamedVolumeAndHealthCheck() {
    Map<String, Object> postgres = service("postgres");

    assertThat((String) postgres.get("image")).startsWith("postgres:16");
    assertThat(map(postgres, "healthcheck")).containsKey("test");
    String volume = ((List<String>) list(postgres, "volumes")).get(0);
    assertThat(volume).endsWith(":/var/lib/postgresql/data");
    assertThat(volumes).containsKey(volume.substring(0, volume.indexOf(':')));
  }

  @Test
  void shouldStartApplicationFromThisRepoAfterHealthyDatabase() {
    Map<String, Object> app = service("app");

    assertThat(app.get("build")).isEqualTo(".");
    assertThat(Files.exists(Path.of("Dockerfile"))).isTrue();
    assertThat(map(map(app, "depends_on"), "postgres"))
        .containsEntry("condition", "service_healthy");
    assertThat(environment("app")).containsEntry("SPRING_PROFILES_ACTIVE", "postgres");
    assertThat(list(app, "ports")).contains(serverPortDefault() + ":" + serverPortDefault());
  }

  @Test
  void shouldPublishNoDatabasePortAndKeepNoPasswordInTheComposeFile() {
    assertThat(service("postgres")).doesNotContainKey("ports");
    Map<String, Object> raw = (Map<String, Object>) map(service("postgres"), "environment");
    assertThat(String.valueOf(raw.get("POSTGRES_PASSWORD"))).startsWith("${POSTGRES_PASSWORD:?");
    Map<String, Object> app = (Map<String, Object>) map(service("app"), "environment");
    assertThat(String.valueOf(app.get("POSTGRES_PASSWORD"))).startsWith("${POSTGRES_PASSWORD:?");
    assertThat(String.valueOf(app.get("MARKETING_HUB_ADMIN_PASSWORD")))
        .startsWith("${MARKETING_HUB_ADMIN_PASSWORD:?");
    assertThat(rawCompose).doesNotContain(dotEnvExample.get("POSTGRES_PASSWORD"));
  }

  @Test
  void shouldRunTheApplicationContainerAsAUserOfItsOwn() throws IOException {
    List<String> runtime = Files.readAllLines(Path.of("Dockerfile")).stream()
        .dropWhile(line -> !line.startsWith("FROM eclipse-temurin:17-jre")).toList();

    assertThat(runtime).anyMatch(line -> line.matches("USER [1-9][0-9]*"));
    assertThat(runtime).noneMatch(line -> line.matches("USER (0|root)"));
  }

  @Test
  void shouldRunMailpitWithSmtpAndWebUi() {
    Map<String, Object> mailpit = service("mailpit");

    assertThat((String) mailpit.get("image")).startsWith("axllent/mailpit");
    assertThat(list(mailpit, "ports")).contains("8025:8025", "1025:1025");
  }

  @Test
  void shouldGiveApplicationOnlyVariablesItReads() throws IOException {
    String configuration = Files.readString(RESOURCES.resolve("application.yaml"))
        + Files.readString(RESOURCES.resolve("application-postgres.yaml"));

    for (String name : environment("app").keySet()) {
      if (name.startsWith("SPRING_")) {
        assertThat(SPRING_PROPERTIES_WE_USE).as(name)
            .contains(name.toLowerCase().replace('_', '.'));
      } else {
        assertThat(configuration).as("application*.yaml reads %s", name).contains("${" + name + ":");
      }
    }
  }

  @Test
  void shouldResolvePostgresProfileToTheComposeDatabaseAndMailServer() throws IOException {
    StandardEnvironment resolved = postgresProfileWith(environment("app"));
    Map<String, String> database = environment("postgres");

    assertThat(resolved.getProperty("spring.datasource.url")).isEqualTo(
        "jdbc:postgresql://postgres:5432/" + database.get("POSTGRES_DB"));
    assertThat(resolved.getProperty("spring.datasource.username"))
        .isEqualTo(database.get("POSTGRES_USER"));
    assertThat(resolved.getProperty("spring.datasource.password"))
        .isEqualTo(database.get("POSTGRES_PASSWORD"));
    assertThat(resolved.getProperty("camunda.bpm.admin-user.password")).isNotBlank();
    assertThat(resolved.getProperty("spring.mail.host")).isEqualTo("mailpit");
    assertThat(resolved.getProperty("spring.mail.port")).isEqualTo("1025");
  }

  @Test
  void shouldRequireAdminPasswordFromTheOperator() {
    assertThat(String.valueOf(map(service("app"), "environment")
        .get("MARKETING_HUB_ADMIN_PASSWORD"))).startsWith("${MARKETING_HUB_ADMIN_PASSWORD:?");
  }

  private static StandardEnvironment postgresProfileWith(Map<String, String> env)
      throws IOException {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
    Map<String, Object> composeEnv = new HashMap<>(env);
    composeEnv.put("MARKETING_HUB_ADMIN_PASSWORD", "set-by-operator");
    environment.getPropertySources().addFirst(
        new SystemEnvironmentPropertySource("compose", composeEnv));
    YamlPropertySourceLoader loader = new YamlPropertySourceLoader();
    for (String file : List.of("application-postgres.yaml", "application.yaml")) {
      for (PropertySource<?> source :
          loader.load(file, new FileSystemResource(RESOURCES.resolve(file)))) {
        environment.getPropertySources().addLast(source);
      }
    }
    return environment;
  }

  private static String serverPortDefault() throws IllegalStateException {
    try {
      Matcher port = Pattern.compile("port: \\$\\{PORT:(\\d+)}")
          .matcher(Files.readString(RESOURCES.resolve("application.yaml")));
      assertThat(port.find()).as("server.port default in application.yaml").isTrue();
      return port.group(1);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The service's environment as docker compose hands it over, with .env.example's values. */
  @SuppressWarnings("unchecked")
  private static Map<String, String> environment(String service) {
    Map<String, String> env = new HashMap<>();
    map(service(service), "environment")
        .forEach((k, v) -> env.put(k, interpolate(String.valueOf(v))));
    return env;
  }

  /** ${NAME}, ${NAME:?message} and ${NAME:-default}, from .env.example as a user's .env. */
  private static String interpolate(String value) {
    Matcher reference = COMPOSE_VARIABLE.matcher(value);
    StringBuilder result = new StringBuilder();
    while (reference.find()) {
      String name = reference.group(1);
      assertThat(dotEnvExample).as(".env.example defines %s", name).containsKey(name);
      reference.appendReplacement(result, Matcher.quoteReplacement(dotEnvExample.get(name)));
    }
    reference.appendTail(result);
    return result.toString();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> service(String name) {
    assertThat(services).containsKey(name);
    return (Map<String, Object>) services.get(name);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> parent, String key) {
    assertThat(parent).containsKey(key);
    return (Map<String, Object>) parent.get(key);
  }

  @SuppressWarnings("unchecked")
  private static List<String> list(Map<String, Object> parent, String key) {
    assertThat(parent).containsKey(key);
    return (List<String>) parent.get(key);
  }
}
