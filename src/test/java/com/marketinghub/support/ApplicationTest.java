package com.marketinghub.support;

import java.nio.file.Path;
import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a real port, demo profile, H2 file database in a folder of its own
 * under target/, job executor off. Subclasses share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
public abstract class ApplicationTest {

  protected static final Path DATA_DIR = Path.of("target", "test-data", "h2-" + UUID.randomUUID()).toAbsolutePath();

  @LocalServerPort
  protected int port;

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    registry.add("marketing-hub.data-dir", () -> DATA_DIR.toString());
  }

  protected HttpApi api() {
    return new HttpApi(port);
  }
}
