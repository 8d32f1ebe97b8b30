package com.example.other;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.api.errors.ApiErrorsAutoConfiguration;
import com.example.api.errors.ApiException;
import com.example.api.errors.EnableApiErrors;
import com.example.api.errors.ErrorCode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An application outside the generated package, which component scanning does not reach, that
 * excludes the auto-configuration: the one annotation {@code @EnableApiErrors} turns the envelope on.
 */
@SpringBootTest(classes = EnableApiErrorsTest.OtherApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DisplayName("@EnableApiErrors turns the envelope on for an application that excludes the auto-configuration")
class EnableApiErrorsTest {

  @SpringBootConfiguration
  @EnableAutoConfiguration(exclude = ApiErrorsAutoConfiguration.class)
  @EnableApiErrors
  @Import(Hello.class)
  static class OtherApplication {
  }

  @RestController
  static class Hello {
    @GetMapping("/hello")
    String hello() {
      return "hello";
    }
  }

  @Value("${local.server.port}")
  int port;

  @Test
  @DisplayName("no route answers the envelope; a success carries a request id")
  void envelope() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/nope"))
        .build(), HttpResponse.BodyHandlers.ofString());
    ApiException error = ApiException.fromResponse(missing.statusCode(), missing.body());
    assertEquals(404, missing.statusCode());
    assertEquals(Optional.of(ErrorCode.ENDPOINT_NOT_FOUND), error.errorCode(), missing.body());
    assertEquals(missing.headers().firstValue("X-Request-Id"), error.requestId());

    HttpResponse<String> hello = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/hello"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertEquals("hello", hello.body());
    assertTrue(hello.headers().firstValue("X-Request-Id").isPresent());
  }
}
