package com.marketinghub.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Our task listeners refuse incomplete task data (a rejection without a reason, shares that do
 * not sum to 100%) with a {@link BadUserRequestException}. Camunda's REST API wraps whatever a
 * listener throws into a 500; this mapper answers 400 for those, in Camunda's own error format,
 * and leaves every other error to Camunda.
 */
@Priority(1)
public class EngineRestBadRequestMapper implements ExceptionMapper<RestException> {

  @Override
  public Response toResponse(RestException exception) {
    BadUserRequestException badRequest = find(exception);
    if (badRequest == null) {
      return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", BadUserRequestException.class.getSimpleName());
    body.put("message", badRequest.getMessage());
    body.put("code", badRequest.getCode());
    return Response.status(Response.Status.BAD_REQUEST).entity(body)
        .type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  private static BadUserRequestException find(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof BadUserRequestException badRequest) {
        return badRequest;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }
}
