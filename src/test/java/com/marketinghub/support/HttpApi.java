package com.marketinghub.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Real HTTP against the running application, with or without HTTP Basic credentials. */
public final class HttpApi {

  private final HttpClient client = HttpClient.newHttpClient();
  private final int port;
  private final Map<String, String> headers;
  private String authorization;

  public HttpApi(int port) {
    this(port, Map.of());
  }

  private HttpApi(int port, Map<String, String> headers) {
    this.port = port;
    this.headers = headers;
  }

  /** Sends the following requests as this user. */
  public HttpApi as(String userId, String password) {
    HttpApi api = new HttpApi(port, headers);
    api.authorization = "Basic " + Base64.getEncoder()
        .encodeToString((userId + ":" + password).getBytes(StandardCharsets.UTF_8));
    return api;
  }

  /** Sends the following requests with this header too, as a browser adds {@code Origin}. */
  public HttpApi withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    HttpApi api = new HttpApi(port, Map.copyOf(more));
    api.authorization = authorization;
    return api;
  }

  /** The application's own origin, as a browser showing its pages names it. */
  public String origin() {
    return "http://localhost:" + port;
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  /** A GET whose body is read as it arrives (large exports). */
  public HttpResponse<java.io.InputStream> getStream(String path) {
    try {
      return client.send(request(path).GET().build(), BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw new IllegalStateException("HTTP request failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }

  public HttpResponse<String> postJson(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> putJson(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .PUT(BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> delete(String path) {
    return send(request(path).DELETE());
  }

  public HttpResponse<String> putEmpty(String path) {
    return send(request(path).PUT(BodyPublishers.noBody()));
  }

  /** A multipart/form-data POST with text fields and one file part. */
  public HttpResponse<String> postFile(String path, String fileField, String fileName,
      String content, String... nameValuePairs) {
    String boundary = "----marketinghub" + UUID.randomUUID();
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      body.append("--").append(boundary).append("\r\n")
          .append("Content-Disposition: form-data; name=\"").append(nameValuePairs[i])
          .append("\"\r\n\r\n").append(nameValuePairs[i + 1]).append("\r\n");
    }
    body.append("--").append(boundary).append("\r\n")
        .append("Content-Disposition: form-data; name=\"").append(fileField)
        .append("\"; filename=\"").append(fileName).append("\"\r\n")
        .append("Content-Type: application/octet-stream\r\n\r\n")
        .append(content).append("\r\n--").append(boundary).append("--\r\n");
    return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(BodyPublishers.ofString(body.toString())));
  }

  /** A multipart/form-data POST of one file part with exactly these bytes. */
  public HttpResponse<String> postBytes(String path, String fileField, String fileName,
      byte[] content) {
    String boundary = "----marketinghub" + UUID.randomUUID();
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
        + "\"; filename=\"" + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(BodyPublishers.ofByteArrays(java.util.List.of(head, content, tail))));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(origin() + path));
    headers.forEach(builder::header);
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  private HttpResponse<String> send(HttpRequest.Builder builder) {
    try {
      return client.send(builder.build(), BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("HTTP request failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }
}
