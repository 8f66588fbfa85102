package com.marketinghub.lead.crm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketinghub.lead.Lead;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The CRM over HTTP: POSTs the lead as JSON. 2xx: taken (the CRM's id from the {@code id} field of
 * the answer); 4xx: refused with the CRM's answer; 5xx, timeout or no connection: unavailable.
 */
public class HttpCrmClient implements CrmClient {

  private final URI url;
  private final Duration timeout;
  private final HttpClient client;
  private final ObjectMapper json;

  public HttpCrmClient(URI url, Duration timeout, ObjectMapper json) {
    this.url = url;
    this.timeout = timeout;
    this.json = json;
    this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  @Override
  public CrmResult send(Lead lead) {
    HttpResponse<String> response;
    try {
      HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
          .header("Content-Type", "application/json")
          // The same key on a retry: a CRM that honours it creates the lead once.
          .header("Idempotency-Key", "marketing-hub-lead-" + lead.id())
          .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body(lead))))
          .build();
      response = client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new CrmUnavailableException("CRM at " + url + " did not answer for lead " + lead.id()
          + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CrmUnavailableException("Interrupted while sending lead " + lead.id(), e);
    }
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return new CrmResult.Accepted(crmId(response.body(), lead));
    }
    if (status >= 400 && status < 500) {
      return new CrmResult.Refused("CRM answered " + status + ": " + response.body());
    }
    throw new CrmUnavailableException("CRM answered " + status + " for lead " + lead.id() + ": "
        + response.body());
  }

  private String crmId(String body, Lead lead) {
    try {
      JsonNode id = json.readTree(body).get("id");
      if (id != null && !id.isNull()) {
        return id.asText();
      }
    } catch (IOException notJson) {
      // A CRM that answers 2xx without JSON took the lead all the same.
    }
    return "http:" + lead.id();
  }

  private static Map<String, Object> body(Lead lead) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("leadId", lead.id());
    body.put("email", lead.email());
    body.put("firstName", lead.firstName());
    body.put("lastName", lead.lastName());
    body.put("company", lead.company());
    body.put("country", lead.country());
    body.put("companySize", lead.companySize());
    body.put("jobTitle", lead.jobTitle());
    body.put("score", lead.score());
    body.put("team", lead.team());
    body.put("owner", lead.owner());
    body.put("source", lead.source());
    body.put("externalId", lead.externalId());
    return body;
  }
}
