package com.example.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errorspec.core.testing.ExternalTools;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The example's Python client ({@code src/main/python/client.py}, on {@code urllib.request} and the
 * committed {@code errors.py}) against the Java server, driven by
 * {@code src/test/python/run_requests.py} under the machine's {@code python3}.
 */
@DisplayName("The Python client receives every error as the Java client does")
class PythonClientTest extends AbstractClientProgramTest {

  @Test
  @DisplayName("pyright --strict for Python 3.8 reports nothing on the client, its runner and the module")
  void pyrightStrict() {
    String output = ExternalTools.runOk(MODULE, 300,
        List.of(ExternalTools.npmTool("pyright").toString(), "--project", "pyrightconfig.json"));
    assertTrue(output.contains("0 errors, 0 warnings, 0 informations"), output);
  }

  @Override
  String language() {
    return "Python";
  }

  @Override
  ExternalTools.Result run(Path plan) {
    // -B: no __pycache__ beside the sources.
    return ExternalTools.run(MODULE, 60, "python3", "-B", "src/test/python/run_requests.py", plan.toString());
  }
}
