package io.github.errorspec.core.generate.java.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of the error envelope, read and written without a library; an RFC 9457 problem document
 * is read too.
 *
 * <p>{@link #read} makes one pass over the text: it checks that all of it is JSON (RFC 8259), keeps
 * the six strings the envelope defines, the scalars of {@code details.params} and the items of
 * {@code details.violations} (and a problem document's members and extension members), and skips
 * every other value without building it. Numbers elsewhere are checked for syntax only. So a
 * hostile body, a megabyte of digits or fifty megabytes of unknown members, costs time in
 * proportion to its length and memory in proportion to what it keeps.
 *
 * <p>As in JavaScript's {@code JSON.parse}, a member given twice counts as its last value. A text
 * of more than {@link #MAX_BYTES} bytes of UTF-8, or with more than {@link #MAX_MARKS} of {@code [},
 * {@code {}, {@code :} and {@code ,}, is no envelope, decided before parsing, and a leading
 * byte-order mark is ignored: the client contract ({@code conformance/} in the errorspec
 * repository) decides these, and how a problem document is told from the envelope, alike for every
 * language.
 */
final class ErrorJson {

  /** Deeper JSON is no envelope; the bound keeps hostile input from exhausting the stack. */
  static final int MAX_DEPTH = 32;

  /** Longer text, in bytes of UTF-8, is no envelope: none is that large, and the bound caps time and memory. */
  static final int MAX_BYTES = 1 << 20;

  /**
   * Text with more {@code [}, {@code {}, {@code :} and {@code ,} together than this (arrays,
   * objects, members and every value after the first of an array or object; counted in strings
   * too) is no envelope: 100 violations need a few hundred, and every client counts them before
   * parsing (each costs Python's {@code json} a list, a dict, a member or a value).
   */
  static final int MAX_MARKS = 10_000;

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /** What an object is to the envelope: the envelope, one of its objects, or of no interest. */
  private static final int IGNORED = 0;
  private static final int ENVELOPE = 1;
  private static final int ERROR = 2;
  private static final int DETAILS = 3;
  private static final int META = 4;
  private static final int VIOLATION = 5;

  /** The member names the envelope defines, by kind of object; the document's include a problem document's. */
  private static final String[][] NAMES = {
      {}, {"error", "meta", "type", "title", "status", "detail", "code", "request_id", "timestamp", "field", "issue",
          "params", "violations"},
      {"code", "message", "doc_url", "details"}, {"field", "issue", "params", "violations"},
      {"request_id", "timestamp"}, {"field", "issue"},
  };

  /** The most characters a defined name can take in JSON, each of its letters written as a 6-character escape. */
  private static final int LONGEST_NAME = 6 * "request_id".length();

  /** {@code error.code}; null when absent or not a string, as are the others. */
  String code;
  /** {@code error.message}; of a problem document, its {@code detail}, else its {@code title}. */
  String message;
  /** Whether the document was read as an RFC 9457 problem document, not as the envelope. */
  boolean problem;
  /** {@code error.doc_url}. */
  String docUrl;
  /** {@code error.details.field}. */
  String field;
  /** {@code error.details.issue}. */
  String issue;
  /** {@code meta.request_id}. */
  String requestId;
  /** {@code meta.timestamp}. */
  String timestamp;
  /** {@code error.details.params}: its scalars, in order; empty when absent or not an object. */
  Map<String, Object> params = Collections.emptyMap();
  /** {@code error.details.violations}: its well-formed items; empty when absent or not an array. */
  List<Violation> violations = Collections.emptyList();

  private final String text;
  /** The document's members that a problem document is read from. */
  private final ProblemMembers problemMembers = new ProblemMembers();
  private int position;
  private boolean documentIsObject;
  private boolean errorIsObject;
  /** Whether the string read last held an escape. */
  private boolean escaped;

  private ErrorJson(String text) {
    this.text = text;
  }

  /**
   * Reads an error envelope, or else a problem document: its strings, null where a member is absent
   * or not a string. A document is a problem document when it is no envelope but has a {@code type},
   * {@code title} or {@code detail} string or a {@code status} number; its code is a non-empty
   * {@code code}, else the slug of a {@code type} under {@code typeBase} upper-cased with {@code -} as
   * {@code _}, else empty; its message a non-empty {@code detail}, else a non-empty {@code title}, else
   * null; its other members are the top-level extension members.
   *
   * @param typeBase the catalog's problem type base, or null for none
   * @throws IllegalArgumentException if {@code json} is not JSON, or neither an envelope with a string
   *     {@code error.code} nor a problem document
   */
  static ErrorJson read(String json, String typeBase) {
    if (json == null) {
      throw new IllegalArgumentException("not JSON: null");
    }
    if (isLongerThanUtf8Bytes(json, MAX_BYTES)) {
      throw new IllegalArgumentException("not an error envelope: more than " + MAX_BYTES + " bytes");
    }
    if (hasMoreMarksThan(json, MAX_MARKS)) {
      throw new IllegalArgumentException("not an error envelope: more than " + MAX_MARKS + " of [, {, : and ,");
    }
    ErrorJson envelope = new ErrorJson(json);
    if (json.startsWith("\uFEFF")) {
      envelope.position = 1;
    }
    envelope.readDocument();
    if (!envelope.documentIsObject) {
      throw new IllegalArgumentException("not an error envelope: the document is not a JSON object");
    }
    if ((!envelope.errorIsObject || envelope.code == null) && envelope.problemMembers.isProblem()) {
      envelope.takeProblem(typeBase);
      return envelope;
    }
    if (!envelope.errorIsObject) {
      throw new IllegalArgumentException("not an error envelope: \"error\" is not a JSON object");
    }
    if (envelope.code == null) {
      throw new IllegalArgumentException("not an error envelope: \"error.code\" is missing or not a string");
    }
    return envelope;
  }

  /** Whether {@code text} holds more than {@code limit} of {@code [}, {@code {}, {@code :} and {@code ,}, counted up to the limit. */
  static boolean hasMoreMarksThan(String text, int limit) {
    if (text.length() <= limit) {
      return false;
    }
    int marks = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '[' || c == '{' || c == ':' || c == ',') && ++marks > limit) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code text} takes more than {@code limit} bytes in UTF-8 (an unpaired surrogate counted
   * as the 3 bytes of the U+FFFD it becomes), counted without encoding it and at most up to the
   * limit: a char takes 1 to 3 bytes, so most lengths decide at once.
   */
  static boolean isLongerThanUtf8Bytes(String text, int limit) {
    if (text.length() > limit) {
      return true;
    }
    if (text.length() <= limit / 3) {
      return false;
    }
    long bytes = 0;
    for (int i = 0; i < text.length() && bytes <= limit; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes > limit;
  }

  /**
   * The envelope as compact JSON, members in the envelope's order and absent (null) ones left out.
   * Besides quotes, backslashes and control characters, {@code <}, {@code >}, {@code &}, U+2028,
   * U+2029 and unpaired surrogates are escaped, so that the JSON can be embedded in an HTML page or
   * a script unchanged and survives any UTF encoding.
   */
  static String write(String code, String message, String docUrl, String field, String issue,
      Map<String, Object> params, List<Violation> violations, String requestId, String timestamp) {
    StringBuilder json = new StringBuilder(128 + code.length() + message.length());
    json.append("{\"success\":false,\"error\":{");
    member(json, false, "code", code);
    member(json, true, "message", message);
    member(json, true, "doc_url", docUrl);
    if (field != null || issue != null || !params.isEmpty() || !violations.isEmpty()) {
      json.append(",\"details\":{");
      boolean comma = member(json, false, "field", field);
      comma |= member(json, comma, "issue", issue);
      if (!params.isEmpty()) {
        json.append(comma ? ",\"params\":{" : "\"params\":{");
        boolean first = true;
        for (Map.Entry<String, Object> param : params.entrySet()) {
          json.append(first ? "" : ",");
          string(json, param.getKey());
          json.append(':');
          scalar(json, param.getValue());
          first = false;
        }
        json.append('}');
        comma = true;
      }
      if (!violations.isEmpty()) {
        json.append(comma ? ",\"violations\":[" : "\"violations\":[");
        for (int i = 0; i < violations.size(); i++) {
          Violation violation = violations.get(i);
          json.append(i == 0 ? "{" : ",{");
          boolean hasField = member(json, false, "field", violation.field().orElse(null));
          member(json, hasField, "issue", violation.issue());
          json.append('}');
        }
        json.append(']');
      }
      json.append('}');
    }
    json.append('}');
    if (requestId != null || timestamp != null) {
      json.append(",\"meta\":{");
      boolean hasRequestId = member(json, false, "request_id", requestId);
      member(json, hasRequestId, "timestamp", timestamp);
      json.append('}');
    }
    return json.append('}').toString();
  }

  // errorspec:begin problem
  /**
   * A document of members (a problem document: {@code ErrorResponse} builds it) as compact JSON, in
   * the map's order: strings escaped as {@link #write} escapes them, values that are maps, lists,
   * strings, booleans, {@code Long}s, {@code Integer}s and finite {@code Double}s written as such.
   * The members' values are the ones {@code ErrorResponse} checked; any other object is a bug.
   */
  static String writeTree(Map<String, ?> document) {
    StringBuilder json = new StringBuilder(256);
    tree(json, document);
    return json.toString();
  }

  private static void tree(StringBuilder json, Object value) {
    if (value instanceof Map) {
      json.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> member : ((Map<?, ?>) value).entrySet()) {
        json.append(first ? "" : ",");
        string(json, (String) member.getKey());
        json.append(':');
        tree(json, member.getValue());
        first = false;
      }
      json.append('}');
    } else if (value instanceof List) {
      json.append('[');
      boolean first = true;
      for (Object item : (List<?>) value) {
        json.append(first ? "" : ",");
        tree(json, item);
        first = false;
      }
      json.append(']');
    } else if (value instanceof String || value instanceof Boolean || value instanceof Long
        || value instanceof Integer || value instanceof Double) {
      scalar(json, value);
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value);
    }
  }

  // errorspec:end problem
  /** Appends {@code "name":"value"} unless the value is null; tells whether it did. */
  private static boolean member(StringBuilder json, boolean comma, String name, String value) {
    if (value == null) {
      return false;
    }
    if (comma) {
      json.append(',');
    }
    json.append('"').append(name).append("\":");
    string(json, value);
    return true;
  }

  /** Appends a param value: a string, a boolean or a number, as JavaScript would write it. */
  private static void scalar(StringBuilder json, Object value) {
    if (value instanceof String) {
      string(json, (String) value);
    } else if (value instanceof Double) {
      json.append(ParamText.number((Double) value));
    } else {
      json.append(value);
    }
  }

  /**
   * A copy of param values that JSON can carry: strings, booleans, {@code Long}s and finite
   * {@code Double}s ({@code Integer}s, {@code Short}s and {@code Byte}s as {@code Long}, {@code Float}s
   * as {@code Double}), in their order.
   *
   * @throws IllegalArgumentException for a null, another type, or a number that is not finite
   */
  static Map<String, Object> params(Map<String, ?> params) {
    Map<String, Object> copy = new LinkedHashMap<>();
    for (Map.Entry<String, ?> param : params.entrySet()) {
      String name = param.getKey();
      Object value = param.getValue();
      if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
        value = ((Number) value).longValue();
      } else if (value instanceof Float) {
        value = ((Number) value).doubleValue();
      }
      if (name == null || !(value instanceof String || value instanceof Boolean || value instanceof Long
          || value instanceof Double)) {
        throw new IllegalArgumentException("param " + name + " must be a string, a number or a boolean: " + value);
      }
      if (value instanceof Double) {
        ParamText.finite("params", name, (Double) value);
      }
      copy.put(name, value);
    }
    return Collections.unmodifiableMap(copy);
  }

  private static void string(StringBuilder json, String text) {
    json.append('"');
    int plain = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        json.append(text, plain, i).append('\\').append(c);
        plain = i + 1;
      } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029
          || isUnpairedSurrogate(text, i)) {
        json.append(text, plain, i).append("\\u")
            .append(HEX[c >> 12]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
        plain = i + 1;
      }
    }
    json.append(text, plain, text.length()).append('"');
  }

  private static boolean isUnpairedSurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
  }

  private void readDocument() {
    skipWhitespace();
    documentIsObject = position < text.length() && text.charAt(position) == '{';
    value(0, ENVELOPE);
    skipWhitespace();
    if (position < text.length()) {
      throw failure("text after the JSON value");
    }
  }

  /** Reads or skips one value; an object is read as {@code kind}. */
  private void value(int depth, int kind) {
    skipWhitespace();
    if (position >= text.length()) {
      throw failure("end of input where a value was expected");
    }
    char c = text.charAt(position);
    if (c == '{') {
      object(depth + 1, kind);
    } else if (c == '[') {
      array(depth + 1);
    } else if (c == '"') {
      string(false);
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      number();
    } else if (!literal("true") && !literal("false") && !literal("null")) {
      throw failure("unexpected character");
    }
  }

  private void object(int depth, int kind) {
    enter(depth);
    if (take('}')) {
      return;
    }
    do {
      skipWhitespace();
      if (position >= text.length() || text.charAt(position) != '"') {
        throw failure("a member name was expected");
      }
      String name = memberName(kind);
      expect(':');
      if (name == null) {
        value(depth, IGNORED);
      } else {
        member(depth, kind, name);
      }
    } while (take(','));
    expect('}');
  }

  /**
   * The name of a member of an object of {@code kind}, when it is one the envelope defines there;
   * null for any other name, which is checked but never built.
   */
  private String memberName(int kind) {
    int start = position;
    string(false);
    if (kind == IGNORED) {
      return null;
    }
    int length = position - start - 2;
    if (escaped && length <= LONGEST_NAME) {
      int end = position;
      position = start;
      String name = string(true);
      position = end;
      for (String defined : NAMES[kind]) {
        if (defined.equals(name)) {
          return defined;
        }
      }
    } else if (!escaped) {
      for (String defined : NAMES[kind]) {
        if (defined.length() == length && text.regionMatches(start + 1, defined, 0, length)) {
          return defined;
        }
      }
    }
    return null;
  }

  /** The value of member {@code name} of an object of {@code kind}: kept, read as an object, or skipped. */
  private void member(int depth, int kind, String name) {
    if (kind == ENVELOPE && name.equals("error")) {
      code = null;
      message = null;
      docUrl = null;
      field = null;
      issue = null;
      params = Collections.emptyMap();
      violations = Collections.emptyList();
      errorIsObject = isNext('{');
      value(depth, ERROR);
    } else if (kind == ENVELOPE && name.equals("meta")) {
      requestId = null;
      timestamp = null;
      value(depth, META);
    } else if (kind == ERROR && name.equals("details")) {
      field = null;
      issue = null;
      params = Collections.emptyMap();
      violations = Collections.emptyList();
      value(depth, DETAILS);
    } else if (kind == DETAILS && name.equals("params")) {
      params = Collections.emptyMap();
      if (isNext('{')) {
        params = readParams(depth + 1);
      } else {
        value(depth, IGNORED);
      }
    } else if (kind == DETAILS && name.equals("violations")) {
      violations = Collections.emptyList();
      if (isNext('[')) {
        violations = readViolations(depth + 1);
      } else {
        value(depth, IGNORED);
      }
    } else if (kind == ERROR && name.equals("code")) {
      code = stringOrNull(depth);
    } else if (kind == ERROR && name.equals("message")) {
      message = stringOrNull(depth);
    } else if (kind == ERROR && name.equals("doc_url")) {
      docUrl = stringOrNull(depth);
    } else if (kind == DETAILS && name.equals("field")) {
      field = stringOrNull(depth);
    } else if (kind == DETAILS && name.equals("issue")) {
      issue = stringOrNull(depth);
    } else if (kind == META && name.equals("request_id")) {
      requestId = stringOrNull(depth);
    } else if (kind == META && name.equals("timestamp")) {
      timestamp = stringOrNull(depth);
    } else if (kind == ENVELOPE) {
      problemMember(depth, name);
    } else {
      value(depth, IGNORED);
    }
  }

  /** A member of the document that a problem document defines: kept in {@link #problemMembers}. */
  private void problemMember(int depth, String name) {
    ProblemMembers members = problemMembers;
    switch (name) {
      case "status":
        skipWhitespace();
        char c = position < text.length() ? text.charAt(position) : ' ';
        members.statusIsNumber = c == '-' || (c >= '0' && c <= '9');
        value(depth, IGNORED);
        break;
      case "params":
        members.params = Collections.emptyMap();
        if (isNext('{')) {
          members.params = readParams(depth + 1);
        } else {
          value(depth, IGNORED);
        }
        break;
      case "violations":
        members.violations = Collections.emptyList();
        if (isNext('[')) {
          members.violations = readViolations(depth + 1);
        } else {
          value(depth, IGNORED);
        }
        break;
      default:
        members.put(name, stringOrNull(depth));
    }
  }

  /** Takes the problem document's members as the error's, deciding its code and message. */
  private void takeProblem(String typeBase) {
    ProblemMembers members = problemMembers;
    problem = true;
    code = nonEmpty(members.code) != null ? members.code : codeOfType(members.type, typeBase);
    message = nonEmpty(members.detail) != null ? members.detail : nonEmpty(members.title);
    docUrl = null;
    field = members.field;
    issue = members.issue;
    requestId = members.requestId;
    timestamp = members.timestamp;
    params = members.params;
    violations = members.violations;
  }

  private static String nonEmpty(String text) {
    return text == null || text.isEmpty() ? null : text;
  }

  /**
   * The code a problem's {@code type} names: its slug after {@code typeBase} ({@code [a-z][a-z0-9-]*},
   * compared as text, never resolved or decoded) upper-cased with {@code -} as {@code _}; empty for
   * any other type.
   */
  static String codeOfType(String type, String typeBase) {
    if (type == null || typeBase == null || !type.startsWith(typeBase) || type.length() == typeBase.length()
        || type.charAt(typeBase.length()) < 'a' || type.charAt(typeBase.length()) > 'z') {
      return "";
    }
    StringBuilder code = new StringBuilder(type.length() - typeBase.length());
    for (int i = typeBase.length(); i < type.length(); i++) {
      char c = type.charAt(i);
      if (c >= 'a' && c <= 'z') {
        code.append((char) (c - 'a' + 'A'));
      } else if ((c >= '0' && c <= '9') || c == '-') {
        code.append(c == '-' ? '_' : c);
      } else {
        return "";
      }
    }
    return code.toString();
  }

  /** The members of a document that a problem document is read from, each as its last value. */
  private static final class ProblemMembers {
    String type;
    String title;
    String detail;
    String code;
    String requestId;
    String timestamp;
    String field;
    String issue;
    boolean statusIsNumber;
    Map<String, Object> params = Collections.emptyMap();
    List<Violation> violations = Collections.emptyList();

    /** Keeps the string member {@code name}: null when it is not a string. */
    void put(String name, String value) {
      if (name.equals("type")) {
        type = value;
      } else if (name.equals("title")) {
        title = value;
      } else if (name.equals("detail")) {
        detail = value;
      } else if (name.equals("code")) {
        code = value;
      } else if (name.equals("request_id")) {
        requestId = value;
      } else if (name.equals("timestamp")) {
        timestamp = value;
      } else if (name.equals("field")) {
        field = value;
      } else {
        issue = value;
      }
    }

    /** Whether the document is a problem document: it has one of the members RFC 9457 defines, of its type. */
    boolean isProblem() {
      return type != null || title != null || detail != null || statusIsNumber;
    }
  }

  /**
   * The scalars of a {@code params} object, in order; a nested value or a null is dropped, a member
   * given twice counts as its last value, and a number beyond a double's range is dropped.
   */
  private Map<String, Object> readParams(int depth) {
    enter(depth);
    Map<String, Object> values = new LinkedHashMap<>();
    if (take('}')) {
      return Collections.unmodifiableMap(values);
    }
    do {
      if (!isNext('"')) {
        throw failure("a member name was expected");
      }
      String name = string(true);
      expect(':');
      Object value = scalarOrNull(depth);
      if (value == null) {
        values.remove(name);
      } else {
        values.put(name, value);
      }
    } while (take(','));
    expect('}');
    return Collections.unmodifiableMap(values);
  }

  /** A string, a boolean or a number; null after skipping a null, an array or an object. */
  private Object scalarOrNull(int depth) {
    skipWhitespace();
    int start = position;
    if (isNext('"')) {
      return string(true);
    }
    if (literal("true")) {
      return Boolean.TRUE;
    }
    if (literal("false")) {
      return Boolean.FALSE;
    }
    char c = position < text.length() ? text.charAt(position) : ' ';
    if (c != '-' && (c < '0' || c > '9')) {
      value(depth, IGNORED);
      return null;
    }
    boolean integer = number();
    String token = text.substring(start, position);
    if (integer) {
      try {
        return Long.parseLong(token);
      } catch (NumberFormatException beyondLong) {
        // read as a double below, as JavaScript reads every number
      }
    }
    double value = Double.parseDouble(token);
    return Double.isInfinite(value) ? null : value;
  }

  /** The items of a {@code violations} array that are objects with a string {@code issue}. */
  private List<Violation> readViolations(int depth) {
    enter(depth);
    List<Violation> items = new ArrayList<>();
    if (take(']')) {
      return Collections.unmodifiableList(items);
    }
    do {
      if (isNext('{')) {
        Violation violation = readViolation(depth + 1);
        if (violation != null) {
          items.add(violation);
        }
      } else {
        value(depth, IGNORED);
      }
    } while (take(','));
    expect(']');
    return Collections.unmodifiableList(items);
  }

  /** A violation; a {@code field} that is not a string reads as absent; null without a string {@code issue}. */
  private Violation readViolation(int depth) {
    enter(depth);
    String field = null;
    String issue = null;
    if (!take('}')) {
      do {
        skipWhitespace();
        if (position >= text.length() || text.charAt(position) != '"') {
          throw failure("a member name was expected");
        }
        String name = memberName(VIOLATION);
        expect(':');
        if ("field".equals(name)) {
          field = stringOrNull(depth);
        } else if ("issue".equals(name)) {
          issue = stringOrNull(depth);
        } else {
          value(depth, IGNORED);
        }
      } while (take(','));
      expect('}');
    }
    return issue == null ? null : Violation.of(field, issue);
  }

  /** A string value, or null after skipping a value of any other type. */
  private String stringOrNull(int depth) {
    if (isNext('"')) {
      return string(true);
    }
    value(depth, IGNORED);
    return null;
  }

  private void array(int depth) {
    enter(depth);
    if (take(']')) {
      return;
    }
    do {
      value(depth, IGNORED);
    } while (take(','));
    expect(']');
  }

  /** Reads a string; {@code keep} false checks it without building it and returns null. */
  private String string(boolean keep) {
    position++;
    escaped = false;
    StringBuilder value = null;
    int plain = position;
    while (position < text.length()) {
      char c = text.charAt(position);
      if (c == '"') {
        String result = null;
        if (keep) {
          result = value == null ? text.substring(plain, position) : value.append(text, plain, position).toString();
        }
        position++;
        return result;
      } else if (c == '\\') {
        escaped = true;
        if (keep && value == null) {
          value = new StringBuilder(position - plain + 16);
        }
        if (keep) {
          value.append(text, plain, position);
        }
        position++;
        char unescaped = escape();
        if (keep) {
          value.append(unescaped);
        }
        plain = position;
      } else if (c < 0x20) {
        throw failure("control character in a string");
      } else {
        position++;
      }
    }
    throw failure("unterminated string");
  }

  /** The character of the escape after a backslash. */
  private char escape() {
    if (position >= text.length()) {
      throw failure("unterminated string");
    }
    char c = text.charAt(position++);
    switch (c) {
      case '"':
      case '\\':
      case '/':
        return c;
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'u':
        int code = 0;
        for (int i = 0; i < 4; i++) {
          int digit = position < text.length() ? hexDigit(text.charAt(position++)) : -1;
          if (digit < 0) {
            throw failure("bad unicode escape");
          }
          code = code << 4 | digit;
        }
        return (char) code;
      default:
        throw failure("bad escape");
    }
  }

  /** The value of an ASCII hex digit, or -1: {@code Character.digit} would take other scripts' digits too. */
  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  /** Checks a number's syntax, without computing its value; tells whether it is an integer (no fraction or exponent). */
  private boolean number() {
    next('-');
    if (!next('0') && digits() == 0) {
      throw failure("bad number");
    }
    boolean integer = true;
    if (next('.')) {
      integer = false;
      if (digits() == 0) {
        throw failure("bad number");
      }
    }
    if (next('e') || next('E')) {
      integer = false;
      if (!next('+')) {
        next('-');
      }
      if (digits() == 0) {
        throw failure("bad number");
      }
    }
    return integer;
  }

  private int digits() {
    int start = position;
    while (position < text.length() && text.charAt(position) >= '0' && text.charAt(position) <= '9') {
      position++;
    }
    return position - start;
  }

  private boolean literal(String word) {
    if (text.startsWith(word, position)) {
      position += word.length();
      return true;
    }
    return false;
  }

  private void enter(int depth) {
    if (depth > MAX_DEPTH) {
      throw failure("nesting deeper than " + MAX_DEPTH);
    }
    position++;
  }

  /** Whether {@code expected} comes next after white space, which is skipped. */
  private boolean isNext(char expected) {
    skipWhitespace();
    return position < text.length() && text.charAt(position) == expected;
  }

  /** Skips white space, then the expected character if it comes next; tells whether it did. */
  private boolean take(char expected) {
    skipWhitespace();
    return next(expected);
  }

  /** Takes the expected character if it comes next, white space not skipped; tells whether it did. */
  private boolean next(char expected) {
    if (position < text.length() && text.charAt(position) == expected) {
      position++;
      return true;
    }
    return false;
  }

  private void expect(char expected) {
    if (!take(expected)) {
      throw failure("'" + expected + "' was expected");
    }
  }

  private void skipWhitespace() {
    while (position < text.length()) {
      char c = text.charAt(position);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      position++;
    }
  }

  private IllegalArgumentException failure(String problem) {
    return new IllegalArgumentException("not JSON: " + problem + " at offset " + position);
  }
}
