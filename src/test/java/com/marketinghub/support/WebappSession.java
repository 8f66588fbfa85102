package com.marketinghub.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

/**
 * One browser on the Camunda webapps, as their JavaScript talks to the server: the session
 * cookie kept, Camunda's CSRF token (the {@code XSRF-TOKEN} cookie) echoed in the
 * {@code X-XSRF-TOKEN} header of every request.
 */
public final class WebappSession {

  private final CookieManager cookies = new CookieManager();
  private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
  private final int port;

  public WebappSession(int port) {
    this.port = port;
  }

  /** Logs in to one webapp (tasklist, cockpit, admin) through its login form. */
  public HttpResponse<String> login(String user, String password, String app) {
    send(HttpRequest.newBuilder(url("/camunda/app/" + app + "/")).GET());
    HttpResponse<String> login = send(HttpRequest.newBuilder(
            url("/camunda/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(BodyPublishers.ofString("username=" + user + "&password=" + password)));
    // The login starts a new session; the webapps fetch a page to get its CSRF token.
    send(HttpRequest.newBuilder(url("/camunda/app/" + app + "/")).GET());
    return login;
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(url(path)).header("Accept", "application/json").GET());
  }

  public HttpResponse<String> postJson(String path, String json) {
    return send(HttpRequest.newBuilder(url(path)).header("Content-Type", "application/json")
        .header("Accept", "application/json").POST(BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> putJson(String path, String json) {
    return send(HttpRequest.newBuilder(url(path)).header("Content-Type", "application/json")
        .header("Accept", "application/json").PUT(BodyPublishers.ofString(json)));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
        .findFirst().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
    try {
      return client.send(request.build(), BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("HTTP request failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }

  private URI url(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
