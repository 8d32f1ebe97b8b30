package io.github.errorspec.core.output;

import io.github.errorspec.core.generate.markdown.MarkdownDocs;
import io.github.errorspec.core.spec.Diagnostic;
import io.github.errorspec.core.spec.InputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The Markdown reference page: regenerated in place between its region markers, or created whole;
 * stale region by region. It has a goal of its own, {@code docs}.
 */
final class MarkdownPage implements CommittedOutput {

  private static final Parameter PARAMETER = Parameter.file("docsFile", "--docs", "The Markdown reference page.")
      .withMavenDefault("${project.basedir}/docs/error-codes.md");

  @Override
  public String name() {
    return "docs";
  }

  @Override
  public Parameter parameter() {
    return PARAMETER;
  }

  @Override
  public String what() {
    return "docs page";
  }

  @Override
  public Goal goal() {
    return Goal.DOCS;
  }

  @Override
  public String content(Context context, Path file, Optional<String> existing) throws InputException, IOException {
    if (existing.isEmpty()) {
      return new MarkdownDocs().standalonePage(context.spec());
    }
    return new MarkdownDocs().regenerate(context.spec(), file.toString(), existing.get(),
        baseline(context, existing.get()));
  }

  /** Region by region, so that each stale region is named at its own line. */
  @Override
  public List<Diagnostic> stale(Context context, Path file, String committed, String generated, String remedy)
      throws InputException, IOException {
    return new MarkdownDocs().check(context.spec(), file.toString(), committed, remedy, baseline(context, committed));
  }

  /** The baseline a page's {@code changes} region needs, loaded only for a page that has one. */
  private static Optional<MarkdownDocs.Baseline> baseline(Context context, String page)
      throws InputException, IOException {
    if (!MarkdownDocs.needsBaseline(page)) {
      return Optional.empty();
    }
    return context.baseline().map(released -> new MarkdownDocs.Baseline(released.spec(), released.label()));
  }

  @Override
  public String toString() {
    return name();
  }
}
