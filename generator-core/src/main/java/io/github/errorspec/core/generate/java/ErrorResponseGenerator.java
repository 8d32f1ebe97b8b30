package io.github.errorspec.core.generate.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.github.errorspec.core.spec.ErrorSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * {@code ErrorResponse}: the JSON error envelope, written and read by generated code with no
 * library, so that generated clients and servers have no runtime dependency.
 */
final class ErrorResponseGenerator {

  private static final ClassName STRING = ClassName.get(String.class);
  private static final TypeName OPTIONAL_STRING = ParameterizedTypeName.get(Optional.class, String.class);
  private static final TypeName ANY_MAP = ParameterizedTypeName.get(ClassName.get(Map.class),
      WildcardTypeName.subtypeOf(Object.class), WildcardTypeName.subtypeOf(Object.class));
  private static final List<String> FIELDS = List.of("code", "message", "field", "issue", "requestId", "timestamp");
  private static final String READER = "JsonReader";

  private final JavaNames names;

  ErrorResponseGenerator(JavaNames names) {
    this.names = names;
  }

  TypeSpec generate(ErrorSpec spec) {
    ClassName self = names.errorResponse();
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("The JSON error envelope of $L:\n\n", JavaText.javadoc(spec.api().orElse("the API")))
        .addJavadoc("""
            <pre>
            {"success": false,
             "error": {"code": "...", "message": "...", "details": {"field": "...", "issue": "..."}},
             "meta": {"request_id": "...", "timestamp": "..."}}
            </pre>

            <p>{@link #toJson()} writes it and {@link #fromJson(String)} reads it, with no library. Members
            that are absent are left out; unknown members are ignored when reading.
            """)
        .addField(FieldSpec.builder(TypeName.INT, "MAX_DEPTH", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Deeper JSON is no envelope; the bound keeps hostile input from exhausting the stack.\n")
            .initializer("32")
            .build())
        .addField(FieldSpec.builder(char[].class, "HEX", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$S.toCharArray()", "0123456789abcdef")
            .build());
    FIELDS.forEach(field -> type.addField(STRING, field, Modifier.PRIVATE, Modifier.FINAL));
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("""
            An envelope; {@code code} and {@code message} are required, the other values may be null.

            @param code the error code
            @param message the human-readable message
            @param field the request field the error is about ({@code details.field})
            @param issue details of this occurrence ({@code details.issue})
            @param requestId the request's id ({@code meta.request_id})
            @param timestamp when the error happened, ISO-8601 ({@code meta.timestamp})
            """);
    FIELDS.forEach(field -> constructor.addParameter(STRING, field));
    constructor.addStatement("this.code = $T.requireNonNull(code, $S)", Objects.class, "code")
        .addStatement("this.message = $T.requireNonNull(message, $S)", Objects.class, "message");
    FIELDS.subList(2, FIELDS.size()).forEach(field -> constructor.addStatement("this.$N = $N", field, field));
    type.addMethod(constructor.build())
        .addMethod(Members.getter("code", STRING, "The error code ({@code error.code}).", "code"))
        .addMethod(Members.getter("message", STRING, "The human-readable message ({@code error.message}).", "message"))
        .addMethod(optionalGetter("field", "The request field ({@code error.details.field}), if any."))
        .addMethod(optionalGetter("issue", "Details of this occurrence ({@code error.details.issue}), if any."))
        .addMethod(optionalGetter("requestId", "The request's id ({@code meta.request_id}), if any."))
        .addMethod(optionalGetter("timestamp", "When the error happened ({@code meta.timestamp}), if given."))
        .addMethod(toJson())
        .addMethod(appendMember())
        .addMethod(appendString())
        .addMethod(fromJson(self))
        .addMethod(parseOrNull(self))
        .addMethod(object())
        .addMethod(optionalObject())
        .addMethod(string())
        .addMethod(equalsMethod(self))
        .addMethod(MethodSpec.methodBuilder("hashCode")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.INT)
            .addStatement("return $T.hash($L)", Objects.class, String.join(", ", FIELDS))
            .build())
        .addMethod(MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(STRING)
            .addJavadoc("The envelope as JSON.\n")
            .addStatement("return toJson()")
            .build())
        .addType(jsonReader());
    return type.build();
  }

  private static MethodSpec optionalGetter(String name, String javadoc) {
    return Members.getter(name, OPTIONAL_STRING, javadoc, "$T.ofNullable($N)", Optional.class, name);
  }

  private static MethodSpec toJson() {
    return MethodSpec.methodBuilder("toJson")
        .addModifiers(Modifier.PUBLIC)
        .returns(STRING)
        .addJavadoc("""
            The envelope as compact JSON. Besides quotes, backslashes and control characters, {@code <},
            {@code >}, {@code &}, U+2028 and U+2029 are escaped, so that the JSON can be embedded in an HTML
            page or a script unchanged.
            """)
        .addCode("""
            StringBuilder json = new StringBuilder(128 + code.length() + message.length());
            json.append("{\\"success\\":false,\\"error\\":{");
            appendMember(json, false, "code", code);
            appendMember(json, true, "message", message);
            if (field != null || issue != null) {
              json.append(",\\"details\\":{");
              boolean hasField = appendMember(json, false, "field", field);
              appendMember(json, hasField, "issue", issue);
              json.append('}');
            }
            json.append('}');
            if (requestId != null || timestamp != null) {
              json.append(",\\"meta\\":{");
              boolean hasRequestId = appendMember(json, false, "request_id", requestId);
              appendMember(json, hasRequestId, "timestamp", timestamp);
              json.append('}');
            }
            return json.append('}').toString();
            """)
        .build();
  }

  private static MethodSpec appendMember() {
    return MethodSpec.methodBuilder("appendMember")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(TypeName.BOOLEAN)
        .addParameter(StringBuilder.class, "json")
        .addParameter(TypeName.BOOLEAN, "comma")
        .addParameter(STRING, "name")
        .addParameter(STRING, "value")
        .addJavadoc("Appends {@code \"name\":\"value\"} unless the value is null; tells whether it did.\n")
        .addCode("""
            if (value == null) {
              return false;
            }
            if (comma) {
              json.append(',');
            }
            json.append('"').append(name).append("\\":");
            appendString(json, value);
            return true;
            """)
        .build();
  }

  private static MethodSpec appendString() {
    return MethodSpec.methodBuilder("appendString")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(StringBuilder.class, "json")
        .addParameter(STRING, "text")
        .addCode("""
            json.append('"');
            int plain = 0;
            for (int i = 0; i < text.length(); i++) {
              char c = text.charAt(i);
              boolean escape = c < 0x20 || c == '"' || c == '\\\\' || c == '<' || c == '>' || c == '&'
                  || c == 0x2028 || c == 0x2029;
              if (escape) {
                json.append(text, plain, i);
                if (c == '"' || c == '\\\\') {
                  json.append('\\\\').append(c);
                } else {
                  json.append("\\\\u").append(HEX[c >> 12]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF])
                      .append(HEX[c & 0xF]);
                }
                plain = i + 1;
              }
            }
            json.append(text, plain, text.length()).append('"');
            """)
        .build();
  }

  private static MethodSpec fromJson(ClassName self) {
    return MethodSpec.methodBuilder("fromJson")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addParameter(STRING, "json")
        .addJavadoc("""
            Reads an envelope. Only {@code error.code} is required; a missing message reads as empty, and
            members that are not strings read as absent.

            @throws IllegalArgumentException if {@code json} is not JSON, or not an error envelope
            """)
        .addCode("""
            if (json == null) {
              throw new IllegalArgumentException("not JSON: null");
            }
            $T envelope = object(new $L(json).readDocument(), "the document");
            $T error = object(envelope.get("error"), "\\"error\\"");
            String code = string(error, "code");
            if (code == null) {
              throw new IllegalArgumentException("not an error envelope: \\"error.code\\" is missing or not a string");
            }
            String message = string(error, "message");
            $T details = optionalObject(error.get("details"));
            $T meta = optionalObject(envelope.get("meta"));
            return new $T(code, message == null ? "" : message, string(details, "field"), string(details, "issue"),
                string(meta, "request_id"), string(meta, "timestamp"));
            """, ANY_MAP, READER, ANY_MAP, ANY_MAP, ANY_MAP, self)
        .build();
  }

  private static MethodSpec parseOrNull(ClassName self) {
    return MethodSpec.methodBuilder("parseOrNull")
        .addModifiers(Modifier.STATIC)
        .returns(self)
        .addParameter(STRING, "body")
        .addJavadoc("The envelope in {@code body}, or null when the body is no envelope.\n")
        .addCode("""
            if (body == null) {
              return null;
            }
            try {
              return fromJson(body);
            } catch (IllegalArgumentException notAnEnvelope) {
              return null;
            }
            """)
        .build();
  }

  private static MethodSpec object() {
    return MethodSpec.methodBuilder("object")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ANY_MAP)
        .addParameter(Object.class, "value")
        .addParameter(STRING, "what")
        .addCode("""
            if (value instanceof $T) {
              return ($T) value;
            }
            throw new IllegalArgumentException("not an error envelope: " + what + " is not a JSON object");
            """, Map.class, ANY_MAP)
        .build();
  }

  private static MethodSpec optionalObject() {
    return MethodSpec.methodBuilder("optionalObject")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ANY_MAP)
        .addParameter(Object.class, "value")
        .addJavadoc("An optional object member: anything but an object reads as an empty one.\n")
        .addStatement("return value instanceof $T ? ($T) value : $T.emptyMap()", Map.class, ANY_MAP, Collections.class)
        .build();
  }

  private static MethodSpec string() {
    return MethodSpec.methodBuilder("string")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(STRING)
        .addParameter(ANY_MAP, "object")
        .addParameter(STRING, "name")
        .addStatement("Object value = object.get(name)")
        .addStatement("return value instanceof String ? (String) value : null")
        .build();
  }

  private static MethodSpec equalsMethod(ClassName self) {
    List<String> comparisons = new ArrayList<>();
    FIELDS.forEach(field -> comparisons.add("$T.equals(" + field + ", that." + field + ")"));
    return MethodSpec.methodBuilder("equals")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN)
        .addParameter(Object.class, "other")
        .beginControlFlow("if (!(other instanceof $T))", self)
        .addStatement("return false")
        .endControlFlow()
        .addStatement("$T that = ($T) other", self, self)
        .addStatement("return " + String.join("\n&& ", comparisons), Collections.nCopies(FIELDS.size(), Objects.class).toArray())
        .build();
  }

  /** A strict JSON reader (RFC 8259) that builds maps, lists, strings, numbers and booleans. */
  private static TypeSpec jsonReader() {
    TypeName objectMap = ParameterizedTypeName.get(Map.class, String.class, Object.class);
    TypeName objectList = ParameterizedTypeName.get(List.class, Object.class);
    return TypeSpec.classBuilder(READER)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Reads one JSON value strictly, nesting at most {@link #MAX_DEPTH} deep.\n")
        .addField(STRING, "text", Modifier.PRIVATE, Modifier.FINAL)
        .addField(TypeName.INT, "position", Modifier.PRIVATE)
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(STRING, "text")
            .addStatement("this.text = text")
            .build())
        .addMethod(MethodSpec.methodBuilder("readDocument")
            .returns(Object.class)
            .addCode("""
                Object value = readValue(0);
                skipWhitespace();
                if (position < text.length()) {
                  throw failure("text after the JSON value");
                }
                return value;
                """)
            .build())
        .addMethod(MethodSpec.methodBuilder("readValue")
            .addModifiers(Modifier.PRIVATE)
            .returns(Object.class)
            .addParameter(TypeName.INT, "depth")
            .addCode("""
                skipWhitespace();
                if (position >= text.length()) {
                  throw failure("end of input where a value was expected");
                }
                char c = text.charAt(position);
                if (c == '{') {
                  return readObject(depth + 1);
                } else if (c == '[') {
                  return readArray(depth + 1);
                } else if (c == '"') {
                  return readString();
                } else if (c == '-' || (c >= '0' && c <= '9')) {
                  return readNumber();
                } else if (text.startsWith("true", position)) {
                  position += 4;
                  return Boolean.TRUE;
                } else if (text.startsWith("false", position)) {
                  position += 5;
                  return Boolean.FALSE;
                } else if (text.startsWith("null", position)) {
                  position += 4;
                  return null;
                }
                throw failure("unexpected character");
                """)
            .build())
        .addMethod(MethodSpec.methodBuilder("readObject")
            .addModifiers(Modifier.PRIVATE)
            .returns(objectMap)
            .addParameter(TypeName.INT, "depth")
            .addCode("""
                enter(depth);
                $T members = new $T<>();
                if (take('}')) {
                  return members;
                }
                do {
                  skipWhitespace();
                  if (position >= text.length() || text.charAt(position) != '"') {
                    throw failure("a member name was expected");
                  }
                  String name = readString();
                  expect(':');
                  members.put(name, readValue(depth));
                } while (take(','));
                expect('}');
                return members;
                """, objectMap, HashMap.class)
            .build())
        .addMethod(MethodSpec.methodBuilder("readArray")
            .addModifiers(Modifier.PRIVATE)
            .returns(objectList)
            .addParameter(TypeName.INT, "depth")
            .addCode("""
                enter(depth);
                $T items = new $T<>();
                if (take(']')) {
                  return items;
                }
                do {
                  items.add(readValue(depth));
                } while (take(','));
                expect(']');
                return items;
                """, objectList, ArrayList.class)
            .build())
        .addMethod(MethodSpec.methodBuilder("readString")
            .addModifiers(Modifier.PRIVATE)
            .returns(STRING)
            .addCode("""
                position++;
                StringBuilder value = new StringBuilder();
                int plain = position;
                while (position < text.length()) {
                  char c = text.charAt(position);
                  if (c == '"') {
                    value.append(text, plain, position++);
                    return value.toString();
                  } else if (c == '\\\\') {
                    value.append(text, plain, position++);
                    value.append(readEscape());
                    plain = position;
                  } else if (c < 0x20) {
                    throw failure("control character in a string");
                  } else {
                    position++;
                  }
                }
                throw failure("unterminated string");
                """)
            .build())
        .addMethod(MethodSpec.methodBuilder("readEscape")
            .addModifiers(Modifier.PRIVATE)
            .returns(TypeName.CHAR)
            .addCode("""
                if (position >= text.length()) {
                  throw failure("unterminated string");
                }
                char c = text.charAt(position++);
                switch (c) {
                  case '"':
                  case '\\\\':
                  case '/':
                    return c;
                  case 'b':
                    return '\\b';
                  case 'f':
                    return '\\f';
                  case 'n':
                    return '\\n';
                  case 'r':
                    return '\\r';
                  case 't':
                    return '\\t';
                  case 'u':
                    int code = 0;
                    for (int i = 0; i < 4; i++) {
                      int digit = position < text.length() ? hexValue(text.charAt(position++)) : -1;
                      if (digit < 0) {
                        throw failure("bad unicode escape");
                      }
                      code = code << 4 | digit;
                    }
                    return (char) code;
                  default:
                    throw failure("bad escape");
                }
                """)
            .build())
        .addMethod(MethodSpec.methodBuilder("hexValue")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(TypeName.INT)
            .addParameter(TypeName.CHAR, "c")
            .addCode("""
                if (c >= '0' && c <= '9') {
                  return c - '0';
                } else if (c >= 'a' && c <= 'f') {
                  return c - 'a' + 10;
                } else if (c >= 'A' && c <= 'F') {
                  return c - 'A' + 10;
                }
                return -1;
                """)
            .build())
        .addMethod(MethodSpec.methodBuilder("readNumber")
            .addModifiers(Modifier.PRIVATE)
            .returns(BigDecimal.class)
            .addCode("""
                int start = position;
                next('-');
                if (!next('0') && digits() == 0) {
                  throw failure("bad number");
                }
                if (next('.') && digits() == 0) {
                  throw failure("bad number");
                }
                if (next('e') || next('E')) {
                  if (!next('+')) {
                    next('-');
                  }
                  if (digits() == 0) {
                    throw failure("bad number");
                  }
                }
                return new $T(text.substring(start, position));
                """, BigDecimal.class)
            .build())
        .addMethod(MethodSpec.methodBuilder("digits")
            .addModifiers(Modifier.PRIVATE)
            .returns(TypeName.INT)
            .addCode("""
                int start = position;
                while (position < text.length() && text.charAt(position) >= '0' && text.charAt(position) <= '9') {
                  position++;
                }
                return position - start;
                """)
            .build())
        .addMethod(MethodSpec.methodBuilder("enter")
            .addModifiers(Modifier.PRIVATE)
            .addParameter(TypeName.INT, "depth")
            .addCode("""
                if (depth > MAX_DEPTH) {
                  throw failure("nesting deeper than " + MAX_DEPTH);
                }
                position++;
                """)
            .build())
        .addMethod(MethodSpec.methodBuilder("take")
            .addModifiers(Modifier.PRIVATE)
            .returns(TypeName.BOOLEAN)
            .addParameter(TypeName.CHAR, "expected")
            .addJavadoc("Skips white space, then the expected character if it comes next; tells whether it did.\n")
            .addCode("""
                skipWhitespace();
                return next(expected);
                """)
            .build())
        .addMethod(MethodSpec.methodBuilder("next")
            .addModifiers(Modifier.PRIVATE)
            .returns(TypeName.BOOLEAN)
            .addParameter(TypeName.CHAR, "expected")
            .addJavadoc("Takes the expected character if it comes next, white space not skipped; tells whether it did.\n")
            .addCode("""
                if (position < text.length() && text.charAt(position) == expected) {
                  position++;
                  return true;
                }
                return false;
                """)
            .build())
        .addMethod(MethodSpec.methodBuilder("expect")
            .addModifiers(Modifier.PRIVATE)
            .addParameter(TypeName.CHAR, "expected")
            .beginControlFlow("if (!take(expected))")
            .addStatement("throw failure(\"'\" + expected + \"' was expected\")")
            .endControlFlow()
            .build())
        .addMethod(MethodSpec.methodBuilder("skipWhitespace")
            .addModifiers(Modifier.PRIVATE)
            .addCode("""
                while (position < text.length()) {
                  char c = text.charAt(position);
                  if (c != ' ' && c != '\\t' && c != '\\n' && c != '\\r') {
                    return;
                  }
                  position++;
                }
                """)
            .build())
        .addMethod(MethodSpec.methodBuilder("failure")
            .addModifiers(Modifier.PRIVATE)
            .returns(IllegalArgumentException.class)
            .addParameter(STRING, "problem")
            .addStatement("return new IllegalArgumentException(\"not JSON: \" + problem + \" at offset \" + position)")
            .build())
        .build();
  }
}
