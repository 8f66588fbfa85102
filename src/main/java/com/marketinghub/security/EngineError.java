package com.marketinghub.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An answer of ours on the engine's two HTTP entries (/engine-rest, the webapps' API and login)
 * in Camunda's own error format, {@code {"type": ..., "message": ...}}, which Camunda Modeler
 * and the webapps show to the user.
 */
final class EngineError {

  private static final ObjectMapper JSON = new ObjectMapper();

  private EngineError() {}

  static void write(HttpServletResponse response, int status, String type, String message)
      throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    JSON.writeValue(response.getOutputStream(), body);
  }
}
