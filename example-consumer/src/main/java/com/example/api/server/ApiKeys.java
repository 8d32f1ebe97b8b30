package com.example.api.server;

import com.example.api.errors.ErrorCode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/** The API keys the example server knows, with what each may do and how much it may still use. */
public final class ApiKeys {

  /** What a key is allowed. */
  public enum Standing {
    ACTIVE,
    TEXT_ONLY,
    EXPIRED,
    REVOKED,
    SUSPENDED
  }

  private static final Pattern FORMAT = Pattern.compile("sk-[a-z0-9-]{4,64}");

  private final Map<String, Standing> standings = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> remainingQuota = new ConcurrentHashMap<>();

  /** Adds a key with a monthly quota of {@code quota} requests. */
  public ApiKeys add(String key, Standing standing, int quota) {
    if (!FORMAT.matcher(key).matches()) {
      throw new IllegalArgumentException("not a key: " + key);
    }
    standings.put(key, standing);
    remainingQuota.put(key, new AtomicInteger(quota));
    return this;
  }

  /**
   * Checks the {@code Authorization} header for an endpoint and uses one request of the key's quota.
   *
   * @return the key
   */
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
    if (remainingQuota.get(key).getAndDecrement() <= 0) {
      throw ErrorCode.QUOTA_EXCEEDED.exception();
    }
    return key;
  }
}
