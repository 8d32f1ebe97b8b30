package io.github.errorspec.core.load;

import io.github.errorspec.core.spec.Diagnostic;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.SourceLocation;
import io.github.errorspec.core.spec.InputException;
import io.github.errorspec.core.validate.SpecValidator;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;

/**
 * Loads a spec file safely and explains every mistake in it.
 *
 * <p>The steps: read at most {@link #MAX_FILE_BYTES} bytes of strict UTF-8 (a leading BOM is
 * dropped); compose YAML nodes with SnakeYAML, which builds no objects, with duplicate keys,
 * aliases and nesting bounded; reject any tag beyond plain YAML values; read the nodes into the
 * model, checking each value (each error entry as soon as it is composed, so that a large
 * catalog's nodes never all exist at once: {@link EntryComposer}); run the {@link SpecValidator} over the model. All problems of the
 * last two steps are reported together in one {@link InputException}. What loads but looks like a
 * slip (a message cut short by a YAML comment) is kept as a warning on the model,
 * {@link ErrorSpec#warnings()}.
 */
public final class SpecLoader {

  /** The largest spec file read: far above a 50,000-code catalog. */
  public static final int MAX_FILE_BYTES = 32 * 1024 * 1024;

  /** The most aliases of lists and mappings, which bounds "billion laughs" documents. */
  public static final int MAX_ALIASES = 100;

  /** The deepest nesting of lists and mappings; a spec needs six levels. */
  public static final int MAX_NESTING_DEPTH = 32;

  private final SpecValidator validator = new SpecValidator();

  /** Loads the spec at {@code file}, naming it in messages as the path is written. */
  public ErrorSpec load(Path file) throws InputException, IOException {
    return parse(file.toString(), SpecFile.read(file));
  }

  /** Parses spec {@code content}, naming it {@code fileName} in messages, and checks every rule. */
  public ErrorSpec parse(String fileName, byte[] content) throws InputException {
    ParsedSpec parsed = read(fileName, content);
    List<Diagnostic> problems = new ArrayList<>(parsed.problems());
    parsed.spec().ifPresent(model -> problems.addAll(validator.validate(model)));
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return parsed.spec().orElseThrow();
  }

  /**
   * Reads spec {@code content} into the model, checking each value where it is written but not the
   * rules across entries, which {@link SpecValidator} checks.
   *
   * @throws InputException if the content is no YAML errorspec can read at all
   */
  public ParsedSpec read(String fileName, byte[] content) throws InputException {
    if (content.length > MAX_FILE_BYTES) {
      throw failure(new SourceLocation(fileName, 1, 1), "the file is larger than " + MAX_FILE_BYTES
          + " bytes, the most errorspec reads");
    }
    String text = decode(fileName, content);
    SourceText source = new SourceText(fileName, text);
    Nodes nodes = new Nodes(source);
    TagsAndAnchors tags = new TagsAndAnchors(nodes);
    ErrorReader errors = new ErrorReader(nodes);
    Node root = compose(source, text, new EntryComposer.EntryReader() {
      @Override
      public Node read(Node entry, Node groupStatus) {
        tags.visit(entry);
        return errors.readAhead(entry, groupStatus);
      }

      @Override
      public void startList() {
        errors.startList();
      }

      @Override
      public Node endList(SequenceNode list) {
        return errors.endList(list);
      }
    });
    tags.visit(root);
    tags.finish();
    Optional<ErrorSpec> spec = new SpecReader(nodes, errors).read(root);
    return new ParsedSpec(spec, nodes.problems());
  }

  private static String decode(String fileName, byte[] content) throws InputException {
    // The JDK's own decoding is the fast path; it writes U+FFFD for a malformed byte, so only a text
    // holding U+FFFD (written in the file, or a replacement) is decoded again, strictly, to find it.
    String text = new String(content, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') < 0) {
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content);
    CharBuffer out = CharBuffer.allocate(content.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      String before = new String(content, 0, in.position(), StandardCharsets.UTF_8);
      throw failure(locationOfOffset(fileName, before), String.format(Locale.ROOT,
          "the file is not UTF-8: byte 0x%02X at offset %d cannot start a character here",
          content[in.position()] & 0xFF, in.position()));
    }
    decoder.flush(out);
    String strict = out.flip().toString();
    return strict.startsWith("\uFEFF") ? strict.substring(1) : strict;
  }

  /**
   * The document's tree, with each error entry replaced by what {@code entryReader} returns for it
   * as soon as the entry is composed.
   */
  private static Node compose(SourceText source, String text, EntryComposer.EntryReader entryReader)
      throws InputException {
    String fileName = source.fileName();
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_NESTING_DEPTH);
    options.setCodePointLimit(MAX_FILE_BYTES);
    options.setAllowRecursiveKeys(false);
    options.setProcessComments(false);
    // compose() constructs no objects, so no tag can run code; rejectTags reports every tag at its
    // position rather than stopping at SnakeYAML's first global one.
    options.setTagInspector(tag -> true);
    Node root;
    try {
      root = new EntryComposer(new ParserImpl(TextStreamReader.of(text), options), options,
          entryReader).getSingleNode();
    } catch (ReaderException e) {
      throw failure(locationOfCodePoint(fileName, text, e.getPosition()), String.format(Locale.ROOT,
          "invalid YAML: the character U+%04X is not allowed in YAML text", e.getCodePoint()));
    } catch (MarkedYAMLException e) {
      throw new InputException(List.of(YamlSyntax.explain(source, e)));
    } catch (YAMLException e) {
      // SnakeYAML reports its limits without a position; naming none beats naming a wrong one.
      throw failure(SourceLocation.ofFile(fileName), limitMessage(e.getMessage()));
    }
    if (root == null) {
      throw failure(new SourceLocation(fileName, 1, 1), "the file is empty; a spec starts with 'errorspec: "
          + ErrorSpec.FORMAT_VERSION + "'");
    }
    return root;
  }

  private static String limitMessage(String snakeYamlMessage) {
    if (snakeYamlMessage.startsWith("Nesting Depth exceeded")) {
      return "lists and mappings nest deeper than " + MAX_NESTING_DEPTH + " levels, the most errorspec reads";
    }
    if (snakeYamlMessage.startsWith("Number of aliases for non-scalar nodes exceeds")) {
      return "more than " + MAX_ALIASES + " aliases of lists and mappings, the most errorspec reads";
    }
    return "invalid YAML: " + snakeYamlMessage;
  }

  private static SourceLocation locationOfCodePoint(String fileName, String text, int codePointIndex) {
    int end = text.offsetByCodePoints(0, Math.min(codePointIndex, text.codePointCount(0, text.length())));
    return locationOfOffset(fileName, text.substring(0, end));
  }

  /** The location just after {@code before}, the text that precedes it. */
  private static SourceLocation locationOfOffset(String fileName, String before) {
    int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
    int column = before.codePointCount(before.lastIndexOf('\n') + 1, before.length()) + 1;
    return new SourceLocation(fileName, line, column);
  }

  private static InputException failure(SourceLocation location, String message) {
    return new InputException(List.of(new Diagnostic(location, message)));
  }
}
