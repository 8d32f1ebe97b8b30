package io.github.errorspec.core.generate.html;

import io.github.errorspec.core.generate.CatalogText;
import io.github.errorspec.core.generate.SourceTemplate;
import io.github.errorspec.core.spec.Category;
import io.github.errorspec.core.spec.ErrorDef;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.Group;
import io.github.errorspec.core.spec.Param;
import io.github.errorspec.core.spec.RetiredCode;
import io.github.errorspec.core.spec.Status;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The catalog as one self-contained HTML page: its style and script inline, nothing fetched. Every
 * code is a table row whose {@code id} is its {@linkplain CatalogText#slug slug}, so that
 * {@code errors.html#model-not-found} opens at it; a search box filters the rows as the reader
 * types (the page works without script too, every row shown). On a narrow screen each code is a card.
 */
public final class HtmlGenerator {

  private static final SourceTemplate PAGE = SourceTemplate.load(HtmlGenerator.class, "page.html");

  /** The page of {@code spec}. */
  public String generate(ErrorSpec spec) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("header", HtmlText.comment(CatalogText.header(spec)));
    values.put("title", HtmlText.text(spec.api().map(api -> api + " Error Codes").orElse("Error Codes")));
    values.put("specFile", HtmlText.text(spec.location().fileName()));
    values.put("formatIntro", HtmlText.text(CatalogText.formatIntro(spec)));
    values.put("envelope", CatalogText.formatExample(spec).stream().map(HtmlText::verbatim)
        .collect(Collectors.joining("\n")));
    values.put("statuses", spec.statuses().stream().map(HtmlGenerator::statusRow).collect(Collectors.joining("\n")));
    values.put("categories", spec.categories().stream().map(category -> category(spec, category))
        .collect(Collectors.joining("\n")));
    values.put("retired", retired(spec.retired()));
    return PAGE.fill(Map.of(), values);
  }

  private static String statusRow(Status status) {
    return "<tr><td data-label=\"Status\">" + status.code() + "</td><td data-label=\"Description\">"
        + HtmlText.text(status.reason()) + "</td></tr>";
  }

  private static String category(ErrorSpec spec, Category category) {
    StringBuilder out = new StringBuilder("<section class=\"category\">\n<h2>")
        .append(HtmlText.text(category.title())).append("</h2>\n");
    for (Group group : category.groups()) {
      out.append("<section class=\"group\">\n<h3>").append(HtmlText.text(CatalogText.heading(spec, group)))
          .append("</h3>\n<table class=\"cards\">\n<thead><tr><th>Code</th><th>Status</th><th>Message</th>")
          .append(group.hasFields() ? "<th>Field</th>" : "")
          .append("<th>Description</th><th>Retry</th></tr></thead>\n<tbody>\n");
      group.errors().forEach(error -> out.append(row(error, group.hasFields())));
      out.append("</tbody>\n</table>\n</section>\n");
    }
    return out.append("</section>").toString();
  }

  /** One code's row, each cell on a line of its own (line breaks between cells are not shown). */
  private static String row(ErrorDef error, boolean withField) {
    String slug = CatalogText.slug(error.code());
    StringBuilder out = new StringBuilder()
        .append("<tr class=\"code\" id=\"").append(slug).append("\">\n")
        .append(codeCell(error.code(), slug, true))
        .append("<td data-label=\"Status\">").append(error.status()).append("</td>\n")
        .append("<td data-label=\"Message\" class=\"searched\">").append(HtmlText.text(error.message()))
        .append("</td>\n");
    if (withField) {
      out.append("<td data-label=\"Field\">")
          .append(error.field().map(field -> "<code>" + HtmlText.text(field) + "</code>").orElse("")).append("</td>\n");
    }
    return out.append("<td data-label=\"Description\">").append(details(error)).append("</td>\n")
        .append("<td data-label=\"Retry\">").append(error.retryable() ? "Yes, with backoff" : "No").append("</td>\n")
        .append("</tr>\n").toString();
  }

  private static String codeCell(String code, String slug, boolean searched) {
    return "<td data-label=\"Code\"><code" + (searched ? " class=\"searched\"" : "") + ">" + HtmlText.text(code)
        + "</code><a class=\"anchor\" href=\"#" + slug + "\" aria-label=\"Link to " + HtmlText.text(code)
        + "\">#</a></td>\n";
  }

  /** The description with what else a reader needs: deprecation first, then params and since. */
  private static String details(ErrorDef error) {
    StringBuilder out = new StringBuilder();
    error.deprecated().ifPresent(reason ->
        out.append("<p class=\"deprecated\">Deprecated: ").append(HtmlText.text(reason)).append("</p>"));
    error.description().filter(description -> !description.isBlank()).ifPresent(description ->
        out.append("<p class=\"searched\">").append(HtmlText.text(description)).append("</p>"));
    if (!error.params().isEmpty()) {
      out.append("<ul class=\"params\">");
      error.params().forEach(param -> out.append(param(param)));
      out.append("</ul>");
    }
    error.since().ifPresent(since -> out.append("<p class=\"note\">Since ").append(HtmlText.text(since)).append("</p>"));
    return out.toString();
  }

  private static String param(Param param) {
    return "<li><code>" + HtmlText.text(param.name()) + "</code> (" + param.type().specName() + ")"
        + param.description().map(description -> ": " + HtmlText.text(description)).orElse("") + "</li>";
  }

  private static String retired(List<RetiredCode> retired) {
    if (retired.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("<section id=\"page_retired\">\n<h2>Retired Codes</h2>\n"
        + "<p>These codes were removed from the API and are never used again.</p>\n<table class=\"cards\">\n"
        + "<thead><tr><th>Code</th><th>Since</th><th>Reason</th></tr></thead>\n<tbody>\n");
    for (RetiredCode code : retired) {
      String slug = CatalogText.slug(code.code());
      out.append("<tr class=\"retired\" id=\"").append(slug).append("\">\n").append(codeCell(code.code(), slug, false))
          .append("<td data-label=\"Since\">").append(code.since().map(HtmlText::text).orElse("")).append("</td>\n")
          .append("<td data-label=\"Reason\">").append(code.reason().map(HtmlText::text).orElse("")).append("</td>\n")
          .append("</tr>\n");
    }
    return out.append("</tbody>\n</table>\n</section>").toString();
  }
}
