package com.marketinghub.security;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.http.HttpHeaders;

/**
 * A login: HTTP Basic credentials on /api or /engine-rest (every request there logs in), or a
 * POST to the webapps' login ({@code /camunda/api/admin/auth/user/{engine}/login/{app}}), whose
 * form body names the user. The password is never kept.
 *
 * @param userId the user name as sent (not yet sanitised), empty when none can be read
 * @param request the request to hand on: the login form's body is read here and given again
 */
record LoginAttempt(Entry entry, String userId, HttpServletRequest request) {

  /** The largest login form read; a webapp login is a few dozen bytes. */
  static final int MAX_FORM = 8 * 1024;

  enum Entry { API, ENGINE_REST, WEBAPP }

  /**
   * @return empty when the request is no login
   * @throws FormTooLargeException for a webapp login whose body is over {@link #MAX_FORM}
   */
  static Optional<LoginAttempt> of(HttpServletRequest request)
      throws IOException, FormTooLargeException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (authorization != null) {
      Entry entry = path.startsWith("/api/") ? Entry.API : Entry.ENGINE_REST;
      String user = BasicCredentials.parse(authorization).map(BasicCredentials::userId).orElse("");
      return Optional.of(new LoginAttempt(entry, user, request));
    }
    if ("POST".equals(request.getMethod()) && path.contains("/login/")) {
      if (request.getContentLengthLong() > MAX_FORM) {
        throw new FormTooLargeException();
      }
      byte[] body = request.getInputStream().readNBytes(MAX_FORM + 1);
      if (body.length > MAX_FORM) {
        throw new FormTooLargeException();
      }
      return Optional.of(new LoginAttempt(Entry.WEBAPP,
          formValue(new String(body, StandardCharsets.UTF_8), "username"),
          new ReadBodyRequest(request, body)));
    }
    return Optional.empty();
  }

  /** The first value of a field of an application/x-www-form-urlencoded body, or empty. */
  static String formValue(String body, String field) {
    for (String pair : body.split("&")) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      if (decode(name).equals(field)) {
        return equals < 0 ? "" : decode(pair.substring(equals + 1));
      }
    }
    return "";
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return text;
    }
  }

  /** A login form larger than any login needs. */
  static final class FormTooLargeException extends Exception {
    FormTooLargeException() {
      super("A login form has at most " + MAX_FORM + " bytes", null, false, false);
    }
  }
}
