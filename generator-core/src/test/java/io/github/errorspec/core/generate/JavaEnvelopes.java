package io.github.errorspec.core.generate;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.github.errorspec.core.generate.java.JavaGenerator;
import io.github.errorspec.core.spec.ErrorDef;
import io.github.errorspec.core.spec.ErrorSpec;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;

/**
 * The envelopes (or, for {@code format: problem}, problem documents) the generated Java writes, for
 * the Python and TypeScript suites to compare their own with: the catalog's Java compiled in memory
 * and called through reflection.
 */
public final class JavaEnvelopes extends ClassLoader {

  private final Map<String, byte[]> classes = new HashMap<>();

  private JavaEnvelopes(Compilation compilation, String packageName) throws IOException {
    super(JavaEnvelopes.class.getClassLoader());
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String path = file.toUri().getPath();
        String name = path.substring(path.indexOf(packageName.replace('.', '/')), path.length() - ".class".length())
            .replace('/', '.');
        try (InputStream in = file.openInputStream()) {
          classes.put(name, in.readAllBytes());
        }
      }
    }
  }

  /**
   * {@code ErrorCode.fromCode(code).exception(issue).toErrorResponse(requestId, timestamp).toJson()}
   * for every code of {@code spec}, by code.
   */
  public static Map<String, String> of(ErrorSpec spec, String issue, String requestId, Instant timestamp) throws Exception {
    String packageName = spec.packageName().orElseThrow();
    List<GeneratedFile> files = new JavaGenerator().generate(spec, packageName);
    List<JavaFileObject> sources = files.stream()
        .map(file -> JavaFileObjects.forSourceString(file.path().replace('/', '.').replaceAll("\\.java$", ""),
            file.content()))
        .collect(Collectors.toList());
    Compilation compilation = Compiler.javac().withOptions("--release", "17").compile(sources);
    assertThat(compilation).succeeded();
    JavaEnvelopes loader = new JavaEnvelopes(compilation, packageName);
    Class<?> errorCode = loader.loadClass(packageName + ".ErrorCode");
    Method fromCode = errorCode.getMethod("fromCode", String.class);
    Method exception = errorCode.getMethod("exception", String.class);
    Method toErrorResponse = loader.loadClass(packageName + ".ApiException")
        .getMethod("toErrorResponse", String.class, Instant.class);
    Method toJson = loader.loadClass(packageName + ".ErrorResponse").getMethod("toJson");
    Map<String, String> envelopes = new LinkedHashMap<>();
    for (ErrorDef error : spec.errors().collect(Collectors.toList())) {
      Object constant = ((Optional<?>) fromCode.invoke(null, error.code())).orElseThrow();
      Object response = toErrorResponse.invoke(exception.invoke(constant, issue), requestId, timestamp);
      envelopes.put(error.code(), (String) toJson.invoke(response));
    }
    return envelopes;
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }
}
