package com.example.api.web;

import com.example.api.errors.ErrorCode;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** The API keys the example knows, and what each may do. */
@Component
public class ApiKeys {

  /** What a key is allowed. */
  public enum Standing {
    ACTIVE,
    TEXT_ONLY,
    EXPIRED,
    REVOKED,
    SUSPENDED
  }

  private static final Pattern FORMAT = Pattern.compile("sk-[a-z0-9-]{4,64}");

  private final Map<String, Standing> standings = Map.of(
      "sk-active", Standing.ACTIVE,
      "sk-limited", Standing.ACTIVE,
      "sk-text-only", Standing.TEXT_ONLY,
      "sk-expired", Standing.EXPIRED,
      "sk-revoked", Standing.REVOKED,
      "sk-suspended", Standing.SUSPENDED);

  /** Checks the {@code Authorization} header for an endpoint; returns the key. */
  String authorize(String authorization, boolean imageEndpoint) {
    if (authorization == null || authorization.isBlank()) {
      throw ErrorCode.MISSING_API_KEY.exception("send 'Authorization: Bearer <key>'");
    }
    String key = authorization.startsWith("Bearer ") ? authorization.substring(7).strip() : "";
    Standing standing = FORMAT.matcher(key).matches() ? standings.get(key) : null;
    if (standing == null) {
      throw ErrorCode.INVALID_API_KEY.exception();
    }
    switch (standing) {
      case EXPIRED -> throw ErrorCode.EXPIRED_API_KEY.exception();
      case REVOKED -> throw ErrorCode.REVOKED_API_KEY.exception();
      case SUSPENDED -> throw ErrorCode.ACCOUNT_SUSPENDED.exception();
      case TEXT_ONLY -> {
        if (imageEndpoint) {
          throw ErrorCode.INSUFFICIENT_PERMISSIONS.exception("this key may generate text only");
        }
      }
      default -> { }
    }
    return key;
  }
}
