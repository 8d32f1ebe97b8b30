package com.example.testsupport;

import com.example.api.errors.EnableApiErrors;
import com.example.api.errors.RequestIdFilter;
import com.example.api.web.ModelBackend;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.slf4j.MDC;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the tests add to the example: a model that fails on request, a stopped clock, and endpoints
 * that misbehave the ways real code does. {@code @EnableApiErrors} here, on top of component
 * scanning, checks that using both registers everything once.
 */
@TestConfiguration
@EnableApiErrors
@Import(TestEndpoints.Misbehaving.class)
public class TestEndpoints {

  /** Where the stopped clock stands: 30 seconds into a rate-limit minute. */
  public static final Instant NOW = Instant.parse("2024-01-01T00:00:30Z");

  @Bean
  @Primary
  Clock stoppedClock() {
    return Clock.fixed(NOW, ZoneOffset.UTC);
  }

  /** Echoes, except for the prompts "please fail" (a model failure) and "please crash" (a bug). */
  @Bean
  @Primary
  ModelBackend flakyBackend() {
    ModelBackend.Echo echo = new ModelBackend.Echo();
    return new ModelBackend() {
      @Override
      public String generateText(String model, String prompt, double temperature, int maxTokens)
          throws ModelException {
        if (prompt.equals("please fail")) {
          throw new ModelException("the model ran out of memory");
        }
        if (prompt.equals("please crash")) {
          throw new IllegalStateException("secret: the database password is hunter2");
        }
        return echo.generateText(model, prompt, temperature, maxTokens);
      }

      @Override
      public String generateImage(String model, String prompt, String size, String quality) {
        return echo.generateImage(model, prompt, size, quality);
      }
    };
  }

  /** A filter ahead of the generated ones that answers /test/early with sendError(503). */
  @Bean
  Filter earlyFailingFilter() {
    return new EarlyFailingFilter();
  }

  static final class EarlyFailingFilter implements Filter, Ordered {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      if (((HttpServletRequest) request).getRequestURI().equals("/test/early")) {
        ((HttpServletResponse) response).sendError(503, "secret: maintenance window");
        return;
      }
      chain.doFilter(request, response);
    }

    @Override
    public int getOrder() {
      return Ordered.HIGHEST_PRECEDENCE;
    }
  }

  /** Thrown to get Spring's own sendError for a {@code @ResponseStatus} exception. */
  @ResponseStatus(code = HttpStatus.I_AM_A_TEAPOT, reason = "secret: short and stout")
  static final class TeapotException extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  @RestController
  public static class Misbehaving {

    @GetMapping("/test/send-error/{status}")
    public void sendError(@PathVariable("status") int status, HttpServletResponse response) throws IOException {
      response.sendError(status, "secret: the reason phrase of a servlet");
    }

    @GetMapping("/test/teapot")
    public String teapot() {
      throw new TeapotException();
    }

    @GetMapping("/test/mdc")
    public Map<String, String> mdc() {
      return Map.of("requestId", String.valueOf(MDC.get(RequestIdFilter.MDC_KEY)));
    }
  }
}
