package com.example.other;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.example.api.errors.RequestIdFilter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * The auto-configuration excluded by {@code spring.autoconfigure.exclude} and no annotation: none
 * of the generated beans, Spring's own error answers. Shows that the exclusion is honoured, and so
 * that {@link EnableApiErrorsTest} tests the annotation alone.
 */
@SpringBootTest(classes = AutoConfigurationExcludedTest.PlainApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.autoconfigure.exclude=com.example.api.errors.ApiErrorsAutoConfiguration")
@DisplayName("spring.autoconfigure.exclude turns the auto-configuration off")
class AutoConfigurationExcludedTest {

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class PlainApplication {
  }

  @Value("${local.server.port}")
  int port;

  @Autowired
  ApplicationContext context;

  @Test
  @DisplayName("no generated bean; an unknown path answers Spring's own 404, without a request id")
  void excluded() throws Exception {
    assertEquals(0, context.getBeanNamesForType(RequestIdFilter.class).length);
    HttpResponse<String> missing = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/nope")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(404, missing.statusCode());
    assertFalse(missing.headers().firstValue("X-Request-Id").isPresent(), missing.body());
  }
}
