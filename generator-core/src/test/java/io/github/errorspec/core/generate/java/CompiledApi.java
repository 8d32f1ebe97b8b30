package io.github.errorspec.core.generate.java;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.github.errorspec.core.generate.GeneratedFile;
import io.github.errorspec.core.generate.GoldenCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;

/**
 * Generated sources compiled in memory with javac, and their classes loaded for tests to call
 * through reflection.
 */
final class CompiledApi extends ClassLoader {

  private final String packageName;
  private final Map<String, byte[]> classes = new HashMap<>();

  private CompiledApi(String packageName, Compilation compilation) {
    super(CompiledApi.class.getClassLoader());
    this.packageName = packageName;
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String path = file.toUri().getPath();
        String name = path.substring(path.indexOf(packageName.replace('.', '/')), path.length() - ".class".length());
        try (InputStream in = file.openInputStream()) {
          classes.put(name.replace('/', '.'), in.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  /** The Java sources of a golden catalog, compiled as {@link #compile(String, List, int)} does. */
  static CompiledApi compile(GoldenCatalog catalog, int release) {
    return compile(catalog.packageName(), catalog.javaSources(), release);
  }

  /**
   * Compiles with {@code --release}, {@code -Xlint:all -Werror} and doclint on public and
   * protected members, so that the generated Javadoc is complete and well-formed too; fails the
   * test on any warning.
   */
  static CompiledApi compile(String packageName, List<GeneratedFile> files, int release) {
    List<JavaFileObject> sources = files.stream()
        .map(file -> JavaFileObjects.forSourceString(
            file.path().replace('/', '.').replaceAll("\\.java$", ""), file.content()))
        .collect(Collectors.toList());
    Compilation compilation = Compiler.javac()
        .withOptions("--release", String.valueOf(release), "-Xlint:all", "-Xdoclint:all/protected", "-Werror")
        .compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    return new CompiledApi(packageName, compilation);
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }

  Class<?> type(String simpleName) {
    try {
      return loadClass(packageName + "." + simpleName);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("not generated: " + simpleName, e);
    }
  }

  /** The ErrorCode constants (or values of the class form), in declaration order. */
  List<Object> errorCodes() {
    return Arrays.asList((Object[]) callStatic("ErrorCode", "values"));
  }

  Object errorCode(String code) {
    return ((java.util.Optional<?>) callStatic("ErrorCode", "fromCode", code)).orElseThrow();
  }

  Object fromResponse(int status, String body) {
    return callStatic("ApiException", "fromResponse", status, body);
  }

  Object callStatic(String type, String method, Object... args) {
    return invoke(type(type), null, method, args);
  }

  /** Calls a public method by name and argument count. */
  static Object call(Object target, String method, Object... args) {
    return invoke(target.getClass(), target, method, args);
  }

  private static Object invoke(Class<?> type, Object target, String name, Object... args) {
    for (Method method : type.getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == args.length
          && compatible(method.getParameterTypes(), args)) {
        try {
          return method.invoke(target, args);
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        } catch (InvocationTargetException e) {
          if (e.getCause() instanceof RuntimeException) {
            throw (RuntimeException) e.getCause();
          }
          throw new AssertionError(e.getCause());
        }
      }
    }
    throw new AssertionError("no method " + name + " with " + args.length + " arguments in " + type.getName());
  }

  private static boolean compatible(Class<?>[] parameters, Object[] args) {
    for (int i = 0; i < parameters.length; i++) {
      if (args[i] == null) {
        continue;
      }
      Class<?> parameter = parameters[i].isPrimitive() ? boxed(parameters[i]) : parameters[i];
      if (!parameter.isInstance(args[i])) {
        return false;
      }
    }
    return true;
  }

  private static Class<?> boxed(Class<?> primitive) {
    if (primitive == int.class) {
      return Integer.class;
    }
    if (primitive == long.class) {
      return Long.class;
    }
    if (primitive == double.class) {
      return Double.class;
    }
    return Boolean.class;
  }
}
