package io.github.errorspec.core.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code docs_url}: the absolute http(s) URL of the API's error reference page, to which each
 * error's link adds {@code #} and the code's slug, so that the URL itself must have no fragment.
 */
final class DocsUrlReader {

  /** The spec's key. */
  static final String KEY = "docs_url";

  private final Nodes nodes;

  DocsUrlReader(Nodes nodes) {
    this.nodes = nodes;
  }

  /** The URL, or empty when absent or after reporting why it cannot be used. */
  Optional<String> read(Fields spec) {
    Optional<String> text = nodes.optionalNonBlankText(spec, KEY);
    if (text.isEmpty()) {
      return text;
    }
    Node node = spec.get(KEY);
    String url = text.get();
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException invalid) {
      nodes.report(node, "docs_url " + Nodes.quote(url) + " is not a valid URL: " + invalid.getReason()
          + " at character " + (invalid.getIndex() + 1));
      return Optional.empty();
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getRawAuthority() == null) {
      nodes.report(node, "docs_url " + Nodes.quote(url)
          + " must be an absolute http or https URL, such as 'https://docs.example.com/errors.html'");
      return Optional.empty();
    }
    if (uri.getRawFragment() != null) {
      nodes.report(node, "docs_url " + Nodes.quote(url) + " must not have a fragment ('#...'):"
          + " each error's link is docs_url + '#' + its code's slug");
      return Optional.empty();
    }
    return text;
  }
}
