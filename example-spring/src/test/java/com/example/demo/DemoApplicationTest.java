package com.example.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.api.errors.ApiErrorFilter;
import com.example.api.errors.ApiException;
import com.example.api.errors.ApiExceptionHandler;
import com.example.api.errors.ErrorCode;
import com.example.api.errors.RequestIdFilter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An application as Initializr makes it, in {@code com.example.demo}, outside the generated
 * {@code com.example.api.errors}, with no annotation of errorspec's: the auto-configuration alone
 * turns the envelope on.
 */
@SpringBootTest(classes = DemoApplicationTest.DemoApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DisplayName("the auto-configuration turns the envelope on for an application in another package")
public class DemoApplicationTest {

  @SpringBootApplication
  @RestController
  public static class DemoApplication {
    @GetMapping("/quota")
    public String quota() {
      throw ErrorCode.QUOTA_EXCEEDED.exception();
    }
  }

  @Value("${local.server.port}")
  int port;

  @Autowired
  ApplicationContext context;

  @Test
  @DisplayName("a thrown code answers its envelope, an unknown path the 404 fallback, each bean registered once")
  void envelope() throws Exception {
    assertEnvelopes(port);
    assertRegisteredOnce(context);
  }

  /** {@code /quota} throws QUOTA_EXCEEDED: its envelope; an unknown path: the 404 fallback's. */
  public static void assertEnvelopes(int port) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> quota = get(http, port, "/quota");
    ApiException thrown = ApiException.fromResponse(quota.statusCode(), quota.body());
    assertEquals(ErrorCode.QUOTA_EXCEEDED.httpStatus(), quota.statusCode(), quota.body());
    assertEquals(Optional.of(ErrorCode.QUOTA_EXCEEDED), thrown.errorCode(), quota.body());
    assertEquals(quota.headers().firstValue("X-Request-Id"), thrown.requestId());

    HttpResponse<String> missing = get(http, port, "/nope");
    ApiException notFound = ApiException.fromResponse(missing.statusCode(), missing.body());
    assertEquals(404, missing.statusCode());
    assertEquals(Optional.of(ErrorCode.ENDPOINT_NOT_FOUND), notFound.errorCode(), missing.body());
    assertTrue(missing.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
  }

  /** Each generated bean is registered once, however many ways name it. */
  public static void assertRegisteredOnce(ApplicationContext context) {
    for (Class<?> type : new Class<?>[] {RequestIdFilter.class, ApiErrorFilter.class, ApiExceptionHandler.class}) {
      assertEquals(1, context.getBeanNamesForType(type).length, type.getSimpleName());
    }
  }

  private static HttpResponse<String> get(HttpClient http, int port, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
