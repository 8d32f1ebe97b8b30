package com.example.api;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The example AI API on Spring Boot: text and image generation behind API keys, with a per-key
 * rate limit.
 *
 * <p>The generated error handling lives in {@code com.example.api.errors}, below this class's
 * package, so component scanning finds it: every error response is the catalog's envelope without
 * any other step.
 */
@SpringBootApplication
public class AiApiApplication {

  public static void main(String[] args) {
    SpringApplication.run(AiApiApplication.class, args);
  }

  /** The rate limiter's clock; tests stop it. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
