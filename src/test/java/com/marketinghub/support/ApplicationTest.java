package com.marketinghub.support;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a real port, demo profile, H2 file database in a folder of its own
 * under target/, job executor off. Subclasses share one application context. With the system
 * property {@code test.database=postgres} (the pom's {@code attacks-on-postgres} run) the
 * database is PostgreSQL instead: {@value #DATABASE}, created anew once per JVM on the server of
 * {@link PostgresTestDatabase}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@ExtendWith(ApplicationDatabaseCondition.class)
public abstract class ApplicationTest {

  protected static final Path DATA_DIR = Path.of("target", "test-data", "h2-" + UUID.randomUUID()).toAbsolutePath();

  /** The PostgreSQL database of the application tests (not the *IT tests' one). */
  public static final String DATABASE = "marketing_hub_attacks";

  private static String postgresUrl;

  @LocalServerPort
  protected int port;

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    registry.add("marketing-hub.data-dir", () -> DATA_DIR.toString());
    if (onPostgres()) {
      registry.add("spring.datasource.url", ApplicationTest::postgresUrl);
      registry.add("spring.datasource.username", PostgresTestDatabase::serverUser);
      registry.add("spring.datasource.password", PostgresTestDatabase::serverPassword);
      registry.add("spring.datasource.driver-class-name", () -> "org.postgresql.Driver");
    }
  }

  /** Whether this JVM runs the application tests on PostgreSQL. */
  public static boolean onPostgres() {
    return "postgres".equals(System.getProperty("test.database"));
  }

  private static synchronized String postgresUrl() {
    if (postgresUrl == null) {
      postgresUrl = PostgresTestDatabase.recreate(DATABASE);
    }
    return postgresUrl;
  }

  protected HttpApi api() {
    return new HttpApi(port);
  }
}
