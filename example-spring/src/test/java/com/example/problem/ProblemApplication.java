package com.example.problem;

import com.example.problem.errors.ApiErrors;
import com.example.problem.errors.ApiException;
import com.example.problem.errors.ErrorCode;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;

/**
 * A small API whose catalog ({@code src/test/problem/error-spec.yaml}) says {@code format: problem}:
 * the Spring code generated from it, in {@code com.example.problem.errors}, is found by component
 * scanning, and every error answers {@code application/problem+json}. The example's own (envelope)
 * auto-configuration is excluded: one application speaks one format.
 */
@SpringBootApplication(exclude = com.example.api.errors.ApiErrorsAutoConfiguration.class)
public class ProblemApplication {

  /** A filter ahead of the generated ones that answers /p/early with sendError(503). */
  @Bean
  Filter earlyFailingFilter() {
    return new OrderedFilter(Ordered.HIGHEST_PRECEDENCE, (request, response) -> {
      if (request.getRequestURI().equals("/p/early")) {
        response.sendError(503, "secret: maintenance window");
        return true;
      }
      return false;
    });
  }

  /** A filter inside the generated ones that throws the catalog's code for /p/secure without a key. */
  @Bean
  Filter apiKeyFilter() {
    return new OrderedFilter(0, (request, response) -> {
      if (request.getRequestURI().equals("/p/secure") && request.getHeader("Authorization") == null) {
        throw ErrorCode.MISSING_API_KEY.exception("send 'Authorization: Bearer <key>'");
      }
      return false;
    });
  }

  /** What a test filter does with a request: answers it (true) or lets it through (false). */
  interface Step {
    boolean answer(HttpServletRequest request, HttpServletResponse response) throws IOException;
  }

  /** A servlet filter at an order, doing one {@link Step}. */
  static final class OrderedFilter implements Filter, Ordered {
    private final int order;
    private final Step step;

    OrderedFilter(int order, Step step) {
      this.order = order;
      this.step = step;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      if (!step.answer((HttpServletRequest) request, (HttpServletResponse) response)) {
        chain.doFilter(request, response);
      }
    }

    @Override
    public int getOrder() {
      return order;
    }
  }

  /** Thrown to get Spring's own sendError for a {@code @ResponseStatus} exception. */
  @ResponseStatus(code = HttpStatus.I_AM_A_TEAPOT, reason = "secret: short and stout")
  static final class TeapotException extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  /** A generation request. */
  public record Prompt(@NotBlank String model, @NotBlank String prompt, @Min(1) @Max(4) Integer n) {}

  /** Endpoints that fail each way a Spring application's errors arise. */
  @RestController
  public static class Endpoints {

    /** Validated, then: model "image-1" is the catalog's own error, prompt "please crash" a bug. */
    @PostMapping(path = "/p/generate", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, String> generate(@Valid @RequestBody Prompt prompt) {
      if (prompt.model().equals("image-1")) {
        throw ErrorCode.UNSUPPORTED_MODEL.exception("image-1 does not serve this endpoint");
      }
      if (prompt.prompt().equals("please crash")) {
        throw new IllegalStateException("secret: the database password is hunter2");
      }
      return Map.of("result", prompt.prompt());
    }

    @GetMapping("/p/models/{name}")
    public Map<String, String> model(@PathVariable("name") String name) {
      throw ApiErrors.modelNotFound(name, 3);
    }

    @GetMapping("/p/files/{id}")
    public Map<String, String> file(@PathVariable("id") String id) {
      throw ApiErrors.fileNotFound(id);
    }

    @GetMapping("/p/items")
    public Map<String, Integer> items(@RequestParam("limit") @Min(1) int limit) {
      return Map.of("limit", limit);
    }

    @GetMapping("/p/limited")
    public Map<String, String> limited() {
      throw ApiErrors.rateLimitExceeded(2, 60.5).withRetryAfter(Duration.ofMillis(29_001));
    }

    @GetMapping("/p/secure")
    public Map<String, String> secure() {
      return Map.of("result", "ok");
    }

    /** An error relayed from another service: a code this catalog does not know, status 502. */
    @GetMapping("/p/upstream")
    public Map<String, String> upstream() {
      throw ApiException.fromResponse(502,
          "{\"success\":false,\"error\":{\"code\":\"UPSTREAM_GONE\",\"message\":\"The upstream is gone\"}}");
    }

    @GetMapping("/p/slow")
    public Map<String, String> slow() {
      throw new AsyncRequestTimeoutException();
    }

    @GetMapping("/p/send-error/{status}")
    public void sendError(@PathVariable("status") int status, HttpServletResponse response) throws IOException {
      response.sendError(status, "secret: the reason phrase of a servlet");
    }

    @GetMapping("/p/teapot")
    public String teapot() {
      throw new TeapotException();
    }
  }
}
