package com.marketinghub.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one guard of both HTTP entries into the engine ({@code /engine-rest} and the webapps'
 * {@code /camunda/api/engine}): a request by anyone not in camunda-admin that writes variables
 * goes to the engine only if {@link SubmissionPolicy} allows it; otherwise 400 in Camunda's
 * error format, naming the refused variables, and the engine never sees it. The body is read
 * once (at most {@value #MAX_BODY} bytes, 413 above) and handed on unchanged. Admins pass; the
 * audit filter around this one records their writes.
 */
class EngineSubmissionFilter extends OncePerRequestFilter {

  static final int MAX_BODY = 1024 * 1024;
  private static final Logger log = LoggerFactory.getLogger(EngineSubmissionFilter.class);

  private final SubmissionPolicy policy;
  private final IdentityService identityService;
  private final String webappsPath;
  private final String engineName;
  private final ObjectMapper json = new ObjectMapper();

  EngineSubmissionFilter(SubmissionPolicy policy, IdentityService identityService,
      String webappsPath, String engineName) {
    this.policy = policy;
    this.identityService = identityService;
    this.webappsPath = webappsPath;
    this.engineName = engineName;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    String path = request.getServletPath() + Objects.toString(request.getPathInfo(), "");
    Optional<EngineRequest> target = EngineRequest.of(request.getMethod(), path, webappsPath);
    SubmissionPolicy.Action action =
        target.map(SubmissionPolicy::actionFor).orElse(SubmissionPolicy.Action.PASS);
    if (action == SubmissionPolicy.Action.PASS) {
      chain.doFilter(request, response);
      return;
    }
    Optional<RequestCaller> caller = RequestCaller.of(request, identityService,
        !path.startsWith(EngineRequest.ENGINE_REST + "/"), engineName);
    if (caller.map(RequestCaller::isAdmin).orElse(false)) {
      chain.doFilter(request, response);
      return;
    }
    String who = caller.map(RequestCaller::userId).orElse("an unknown caller");
    if (!isJsonOrUntyped(request.getContentType())) {
      // Multipart and form posts: no completion or start consumes them; a variable's binary
      // upload (variables/{name}/data) is refused by its path, a message or signal anyway.
      if (action == SubmissionPolicy.Action.REFUSE
          || action == SubmissionPolicy.Action.REFUSE_MESSAGE) {
        refuse(request, response, who, HttpServletResponse.SC_BAD_REQUEST,
            policy.check(target.get(), null).orElseThrow());
        return;
      }
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getContentLengthLong() > MAX_BODY ? null
        : read(request.getInputStream());
    if (body == null) {
      refuse(request, response, who, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
          new SubmissionPolicy.Refusal(List.of(),
              "The request body is larger than " + MAX_BODY + " bytes."));
      return;
    }
    JsonNode parsed = SubmissionPolicy.parse(body);
    Optional<SubmissionPolicy.Refusal> refusal = policy.check(target.get(), parsed);
    if (refusal.isPresent()) {
      refuse(request, response, who, HttpServletResponse.SC_BAD_REQUEST, refusal.get());
      return;
    }
    chain.doFilter(new ReadBodyRequest(request, body), response);
  }

  /** Jersey reads JSON from any body whose type it can match to application/json. */
  private static boolean isJsonOrUntyped(String contentType) {
    if (contentType == null) {
      return true;
    }
    String type = contentType.toLowerCase(Locale.ROOT);
    return !type.startsWith("multipart/") && !type.startsWith("application/x-www-form-urlencoded");
  }

  /** The body, or null when it is longer than {@link #MAX_BODY}. */
  private static byte[] read(InputStream in) throws IOException {
    byte[] body = in.readNBytes(MAX_BODY + 1);
    return body.length > MAX_BODY ? null : body;
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response, String who,
      int status, SubmissionPolicy.Refusal refusal) throws IOException {
    // Variable names are the caller's: no line breaks of theirs in the log.
    log.info("Refused {} {} by {} ({}): {}", request.getMethod(), request.getRequestURI(), who,
        status, refusal.message().replaceAll("\\p{Cntrl}", "?"));
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    Map<String, Object> body = SubmissionPolicy.body(refusal);
    json.writeValue(response.getOutputStream(), body);
  }
}
