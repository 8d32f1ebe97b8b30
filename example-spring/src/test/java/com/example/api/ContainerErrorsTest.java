package com.example.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.api.errors.ApiException;
import com.example.api.errors.BadRequestException;
import com.example.api.errors.ErrorCode;
import com.example.api.errors.NotFoundException;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Requests that Tomcat rejects before any filter or servlet sees them, sent as raw bytes (an HTTP
 * client would normalize or refuse them): each answers the catalog's envelope, as JSON, with the
 * status Tomcat chose, that status's fallback code and a request id.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DisplayName("Requests the servlet container rejects answer the catalog's envelope")
class ContainerErrorsTest {

  private static final String BIG = "a".repeat(20 * 1024);

  @Value("${local.server.port}")
  int port;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/a%2Fb", "/%zz", "/a/../../etc", "/a{b"})
  @DisplayName("a path Tomcat cannot decode or normalize: 400 with the 400 fallback")
  void rejectedPath(String path) throws Exception {
    Answer answer = send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
    assertEnvelope(answer, 400, BadRequestException.class, ErrorCode.INVALID_REQUEST);
  }

  @Test
  @DisplayName("a 20 KB header: 400 with the 400 fallback")
  void oversizedHeader() throws Exception {
    Answer answer = send("GET /v1/models HTTP/1.1\r\nHost: localhost\r\nX-Big: " + BIG + "\r\n\r\n");
    assertEnvelope(answer, 400, BadRequestException.class, ErrorCode.INVALID_REQUEST);
  }

  @Test
  @DisplayName("an HTTP version Tomcat does not speak: 505 (no fallback of its own) with the 500 fallback")
  void unsupportedVersion() throws Exception {
    Answer answer = send("GET /v1/models HTTP/9.9\r\nHost: localhost\r\n\r\n");
    // The catalog has no class for 505: the client decodes the base class, with the code.
    assertEnvelope(answer, 505, ApiException.class, ErrorCode.INTERNAL_ERROR);
  }

  @Test
  @DisplayName("a client's safe X-Request-Id is echoed; an unsafe one is replaced")
  void clientRequestId() throws Exception {
    Answer safe = send("GET /%zz HTTP/1.1\r\nHost: localhost\r\nX-Request-Id: req-42.a:b\r\n\r\n");
    assertEnvelope(safe, 400, BadRequestException.class, ErrorCode.INVALID_REQUEST);
    assertEquals(Optional.of("req-42.a:b"), safe.error().requestId());
    Answer unsafe = send("GET /%zz HTTP/1.1\r\nHost: localhost\r\nX-Request-Id: a b\r\n\r\n");
    assertEnvelope(unsafe, 400, BadRequestException.class, ErrorCode.INVALID_REQUEST);
    assertTrue(unsafe.error().requestId().orElseThrow().matches("[0-9a-f-]{36}"), unsafe.body);
  }

  @Test
  @DisplayName("an error Spring answers is left as Spring wrote it")
  void servedRequestUnchanged() throws Exception {
    Answer answer = send("GET /v1/audio/generate HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer sk-active\r\n"
        + "X-Request-Id: served-1\r\nConnection: close\r\n\r\n");
    assertEnvelope(answer, 404, NotFoundException.class, ErrorCode.ENDPOINT_NOT_FOUND);
    assertEquals(Optional.of("served-1"), answer.error().requestId());
  }

  private static void assertEnvelope(Answer answer, int status, Class<? extends ApiException> type, ErrorCode code) {
    assertEquals(status, answer.status, answer.body);
    assertEquals("application/json", answer.header("Content-Type"), answer.body);
    ApiException error = answer.error();
    assertEquals(type, error.getClass(), answer.body);
    assertEquals(Optional.of(code), error.errorCode(), answer.body);
    assertEquals(code.message(), error.getMessage());
    assertTrue(error.requestId().isPresent(), answer.body);
    assertEquals(answer.header("X-Request-Id"), error.requestId().orElseThrow());
  }

  /** Sends {@code request} as it is, and reads the whole answer; Tomcat closes the connection after it. */
  private Answer send(String request) throws Exception {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      return Answer.read(socket.getInputStream());
    }
  }

  /** A response read from the socket: status, headers (names in lower case) and body. */
  private record Answer(int status, Map<String, String> headers, String body) {

    static Answer read(InputStream in) throws Exception {
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
        int b = in.read();
        if (b < 0) {
          throw new AssertionError("the connection closed before the headers ended: " + head);
        }
        head.write(b);
      }
      String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
      int status = Integer.parseInt(lines[0].split(" ")[1]);
      Map<String, String> headers = new LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        headers.putIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).trim());
      }
      byte[] body = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
      return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    ApiException error() {
      Map<String, List<String>> lists = new LinkedHashMap<>();
      headers.forEach((name, value) -> lists.put(name, new ArrayList<>(List.of(value))));
      return ApiException.fromResponse(status, body, lists);
    }
  }
}
