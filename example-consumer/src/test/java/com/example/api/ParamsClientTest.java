package com.example.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.example.api.AbstractClientProgramTest.ErrorLine;
import com.example.api.AbstractClientProgramTest.Expected;
import com.example.api.AbstractClientProgramTest.Violated;
import com.example.api.ParamsScenarios.Scenario;
import com.example.api.params.errors.ApiException;
import com.example.api.params.errors.ErrorCode;
import com.example.api.server.ApiServer.Answer;
import com.example.api.server.ParamsServer;
import io.github.errorspec.core.generate.StatusNames;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Java side of {@link ParamsScenarios}: each answer of {@link ParamsServer}, read by the second
 * catalog's generated {@code ApiException.fromResponse} over loopback HTTP, described in the line
 * the TypeScript and Python runners print ({@link Expected#line}), params with the Java type each
 * was read as, and compared with the same table.
 */
@DisplayName("The Java client reads the second catalog's params and violations as the table says")
class ParamsClientTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final List<Answer> ANSWERS = new CopyOnWriteArrayList<>();

  private static ParamsServer server;
  private static StatusNames names;

  @BeforeAll
  static void start() throws Exception {
    names = ParamsScenarios.names();
    server = ParamsScenarios.startServer();
    server.onAnswer(ANSWERS::add);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("com.example.api.ParamsScenarios#all")
  @DisplayName("each answer is read with the values, JSON types and violations of the table")
  void answers(Scenario scenario) throws Exception {
    String form = scenario.form().entrySet().stream()
        .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
        .collect(Collectors.joining("&"));
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(server.uri().resolve(ParamsScenarios.PATH))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    assertNotEquals(200, response.statusCode(), response::body);

    ApiException e = ApiException.fromResponse(response.statusCode(), response.body(), response.headers().map());

    String requestId = ANSWERS.get(ANSWERS.size() - 1).requestId();
    assertEquals(names.javaName(e.httpStatus()), e.getClass().getSimpleName(), "the class of the status");
    assertEquals(Optional.of(e.code()), e.errorCode().map(ErrorCode::code), "a code of the catalog");
    assertEquals(scenario.expected().line(scenario.name(), requestId, names), describe(scenario.name(), e));
  }

  /** The line the other languages' runners print for the error, from what the Java client read. */
  private static String describe(String name, ApiException e) {
    ErrorLine read = new ErrorLine(e.httpStatus(), e.code(), e.getMessage(), e.field().orElse(null),
        e.issue().orElse(null), e.retryable(), e.retryAfter().map(wait -> wait.toMillis()).orElse(null), e.params(),
        e.violations().stream().map(violation -> new Violated(violation.field().orElse(null), violation.issue()))
            .collect(Collectors.toList()));
    return Expected.error(read).line(name, e.requestId().orElse(null), names);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
