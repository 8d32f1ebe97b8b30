package io.github.errorspec.benchmarks;

import io.github.errorspec.core.generate.GeneratedFile;
import io.github.errorspec.core.generate.java.JavaGenerator;
import io.github.errorspec.core.generate.markdown.MarkdownDocs;
import io.github.errorspec.core.load.SpecLoader;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.validate.SpecValidator;
import io.github.errorspec.core.testing.SyntheticCatalog;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole pipeline in process, one thread: load and validate a synthetic catalog, generate the
 * Java sources and the Markdown page. Java generation stops at 10,500 codes, so 50,000 codes are
 * measured for loading and Markdown only.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GenerationBenchmark {

  @Param({"100", "1000", "10000"})
  public int codes;

  private byte[] yaml;

  @Setup
  public void createCatalog() {
    yaml = SyntheticCatalog.yaml(codes, 40).getBytes(StandardCharsets.UTF_8);
  }

  @Benchmark
  public int loadValidateGenerateJavaAndMarkdown() throws Exception {
    ErrorSpec spec = new SpecLoader().parse("error-spec.yaml", yaml);
    List<GeneratedFile> java = new JavaGenerator().generate(spec, "com.example.synthetic");
    String page = new MarkdownDocs().standalonePage(spec);
    return java.size() + page.length();
  }

  /**
   * Loading, validating and Markdown, which have no size limit, up to 50,000 codes: together, and
   * each step alone, so that a step that grows faster than the catalog shows.
   */
  @State(Scope.Benchmark)
  public static class LoadAndMarkdown {

    @Param({"10000", "50000"})
    public int codes;

    private byte[] yaml;
    private ErrorSpec spec;

    @Setup
    public void createCatalog() throws Exception {
      yaml = SyntheticCatalog.yaml(codes, 40).getBytes(StandardCharsets.UTF_8);
      spec = new SpecLoader().parse("error-spec.yaml", yaml);
    }
  }

  @Benchmark
  public int loadValidateAndMarkdown(LoadAndMarkdown catalog) throws Exception {
    ErrorSpec spec = new SpecLoader().parse("error-spec.yaml", catalog.yaml);
    return new MarkdownDocs().standalonePage(spec).length();
  }

  /** Reading the YAML into the model, each value checked, without the rules across entries. */
  @Benchmark
  public Object load(LoadAndMarkdown catalog) throws Exception {
    return new SpecLoader().read("error-spec.yaml", catalog.yaml);
  }

  /** The rules across entries, over a model already read. */
  @Benchmark
  public int validate(LoadAndMarkdown catalog) {
    return new SpecValidator().validate(catalog.spec).size();
  }

  /** The Markdown page of a model already read. */
  @Benchmark
  public int markdown(LoadAndMarkdown catalog) {
    return new MarkdownDocs().standalonePage(catalog.spec).length();
  }
}
