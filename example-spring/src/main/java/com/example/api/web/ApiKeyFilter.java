package com.example.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request to {@code /v1/} needs a known key, within its rate limit. The generated exceptions
 * thrown here, outside Spring MVC, still answer with their status and envelope.
 */
@Component
public class ApiKeyFilter extends OncePerRequestFilter {

  private final ApiKeys keys;
  private final RateLimiter rateLimiter;

  public ApiKeyFilter(ApiKeys keys, RateLimiter rateLimiter) {
    this.keys = keys;
    this.rateLimiter = rateLimiter;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith("/v1/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String key = keys.authorize(request.getHeader("Authorization"), request.getRequestURI().startsWith("/v1/images"));
    rateLimiter.acquire(key);
    chain.doFilter(request, response);
  }
}
