package com.marketinghub.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL database the *IT tests run on. With {@code POSTGRES_URL} set (as .ci/run does
 * with a database it created for the run) that one; otherwise a fresh database created on the
 * server at {@code POSTGRES_HOST}:{@code POSTGRES_PORT} (default 127.0.0.1:5432) as {@value #LOCAL_NAME},
 * dropped and created anew on every run. It is left in place at the end, because dropping it while
 * the cached application contexts shut down would make them wait for dead connections.
 */
public final class PostgresTestDatabase {

  static final String LOCAL_NAME = "marketing_hub_it";

  private static PostgresTestDatabase instance;

  private final String url;
  private final String user;
  private final String password;

  private PostgresTestDatabase(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  public static synchronized PostgresTestDatabase get() {
    if (instance == null) {
      instance = create();
    }
    return instance;
  }

  /** Where the server is expected, for messages and for the reachability check. */
  static String serverUrl() {
    return env("POSTGRES_URL", "jdbc:postgresql://" + env("POSTGRES_HOST", "127.0.0.1") + ":"
        + env("POSTGRES_PORT", "5432") + "/postgres");
  }

  public static String serverUser() {
    return env("POSTGRES_USER", "postgres");
  }

  public static String serverPassword() {
    return env("POSTGRES_PASSWORD", "");
  }

  public String url() {
    return url;
  }

  public String username() {
    return user;
  }

  public String password() {
    return password;
  }

  /** A database of this name on the test server, dropped first if it exists: its JDBC URL. */
  public static String recreate(String name) {
    execute("drop database if exists " + name + " with (force)");
    execute("create database " + name);
    return serverUrl().replaceFirst("/[^/]*$", "/" + name);
  }

  /** The server's host, port and user, for command-line tools such as pgbench. */
  public static String[] serverCoordinates() {
    java.net.URI uri = java.net.URI.create(serverUrl().substring("jdbc:".length()));
    return new String[] {uri.getHost(), String.valueOf(uri.getPort() < 0 ? 5432 : uri.getPort()),
        serverUser()};
  }

  private static PostgresTestDatabase create() {
    if (System.getenv("POSTGRES_URL") != null) {
      return new PostgresTestDatabase(System.getenv("POSTGRES_URL"), serverUser(), serverPassword());
    }
    execute("drop database if exists " + LOCAL_NAME + " with (force)");
    execute("create database " + LOCAL_NAME);
    return new PostgresTestDatabase(serverUrl().replaceFirst("/[^/]*$", "/" + LOCAL_NAME),
        serverUser(), serverPassword());
  }

  private static void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(serverUrl(), serverUser(), serverPassword());
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + serverUrl() + ": " + sql + " failed", e);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
