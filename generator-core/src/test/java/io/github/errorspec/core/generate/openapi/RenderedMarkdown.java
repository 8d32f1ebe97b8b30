package io.github.errorspec.core.generate.openapi;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * A description as a reader sees it, rendered by CommonMark with GFM tables: its paragraphs and
 * list items as text, hard line breaks as {@code \n}. Any other construct (a heading, emphasis, a
 * link, HTML, a table...) fails the test: generated descriptions hold only those two blocks, so
 * such a node can only come from spec text that was not escaped.
 */
final class RenderedMarkdown {

  private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

  private RenderedMarkdown() {}

  /** The blocks of {@code markdown}: each paragraph's text, and {@code "- "} and the text of each list item. */
  static List<String> blocks(String markdown) {
    List<String> blocks = new ArrayList<>();
    Node document = PARSER.parse(markdown);
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      if (block instanceof Paragraph) {
        blocks.add(text(block, markdown));
      } else if (block instanceof BulletList) {
        for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
          Node paragraph = item.getFirstChild();
          if (!(item instanceof ListItem) || !(paragraph instanceof Paragraph) || paragraph.getNext() != null) {
            fail("a list item that is not one paragraph in:\n" + markdown);
          }
          blocks.add("- " + text(paragraph, markdown));
        }
      } else {
        fail("unexpected " + block.getClass().getSimpleName() + " in:\n" + markdown);
      }
    }
    return blocks;
  }

  /** The only block of {@code markdown}, which must be one paragraph. */
  static String paragraph(String markdown) {
    Node block = PARSER.parse(markdown).getFirstChild();
    if (!(block instanceof Paragraph) || block.getNext() != null) {
      fail("not one paragraph: " + blocks(markdown) + " from:\n" + markdown);
    }
    return text(block, markdown);
  }

  /** Text as typed, as a description shows it: line breaks normalized, tabs as spaces, lines stripped, blank ones dropped. */
  static String typed(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ').split("\n")) {
      if (!line.isBlank()) {
        lines.add(line.strip());
      }
    }
    return String.join("\n", lines);
  }

  private static String text(Node paragraph, String markdown) {
    StringBuilder text = new StringBuilder();
    for (Node inline = paragraph.getFirstChild(); inline != null; inline = inline.getNext()) {
      if (inline instanceof Text literal) {
        text.append(literal.getLiteral());
      } else if (inline instanceof Code code) {
        text.append(code.getLiteral());
      } else if (inline instanceof HardLineBreak) {
        text.append('\n');
      } else if (inline instanceof SoftLineBreak) {
        text.append(' ');
      } else {
        fail("unexpected " + inline.getClass().getSimpleName() + " in:\n" + markdown);
      }
    }
    return text.toString();
  }
}
