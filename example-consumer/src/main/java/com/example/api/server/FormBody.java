package com.example.api.server;

import com.example.api.errors.ErrorCode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The fields of an {@code application/x-www-form-urlencoded} request body. */
final class FormBody {

  static final String CONTENT_TYPE = "application/x-www-form-urlencoded";

  private final Map<String, String> fields;

  private FormBody(Map<String, String> fields) {
    this.fields = fields;
  }

  static FormBody parse(String contentType, String body) {
    if (!isForm(contentType)) {
      throw ErrorCode.INVALID_REQUEST.exception("send the fields as " + CONTENT_TYPE);
    }
    return of(body);
  }

  /** Whether a request with this {@code Content-Type} (null when it has none) sends a form. */
  static boolean isForm(String contentType) {
    return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith(CONTENT_TYPE);
  }

  /** The fields of a form body. */
  static FormBody of(String body) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
      String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
      fields.put(name, value);
    }
    return new FormBody(fields);
  }

  /** A field that must be present and not blank. */
  String required(String name) {
    String value = fields.get(name);
    if (value == null || value.isBlank()) {
      throw ErrorCode.MISSING_REQUIRED_FIELD.exception(name, "'" + name + "' is required");
    }
    return value;
  }

  String optional(String name, String fallback) {
    String value = fields.get(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
