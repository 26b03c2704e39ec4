package vn.egov.output;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.cache.template.ConcurrentMapTemplateCache;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.AbstractNodeVisitor;
import io.pebbletemplates.pebble.extension.NodeVisitor;
import io.pebbletemplates.pebble.extension.NodeVisitorFactory;
import io.pebbletemplates.pebble.node.PrintNode;
import io.pebbletemplates.pebble.node.expression.BlockFunctionExpression;
import io.pebbletemplates.pebble.node.expression.Expression;
import io.pebbletemplates.pebble.node.expression.LiteralStringExpression;
import io.pebbletemplates.pebble.node.expression.ParentFunctionExpression;
import io.pebbletemplates.pebble.node.expression.TernaryExpression;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import io.pebbletemplates.pebble.utils.StringUtils;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.unbescape.html.HtmlEscape;

/**
 * The one Pebble configuration of every HTML page egov writes: templates from a class-path folder,
 * compiled once per run; every {@code {{ … }}} HTML-escaped (no template uses {@code raw}), so
 * text that units typed can never become markup — by {@link Escaped}, the escaping of Pebble's own
 * autoescaper (unbescape's HTML4/XML) without its filter call per printed value, which was half of
 * a scorecard's rendering (docs/benchmarks.md, issue 18); an unknown variable is an error, not an empty
 * string, so a misspelt label cannot go unnoticed; no locale-dependent formatting (figures arrive
 * as strings).
 */
public final class HtmlPages {
  private final PebbleEngine engine;

  /** The pages whose {@code .peb} templates are under the class-path folder {@code prefix}. */
  public HtmlPages(String prefix) {
    ClasspathLoader loader = new ClasspathLoader(HtmlPages.class.getClassLoader());
    loader.setPrefix(prefix);
    loader.setSuffix(".peb");
    loader.setCharset("UTF-8");
    this.engine =
        new PebbleEngine.Builder()
            .loader(loader)
            .autoEscaping(false)
            .extension(
                new AbstractExtension() {
                  @Override
                  public List<NodeVisitorFactory> getNodeVisitors() {
                    return List.of(template -> new EscapingVisitor((PebbleTemplateImpl) template));
                  }
                })
            .strictVariables(true)
            .newLineTrimming(true)
            .cacheActive(true)
            .templateCache(new ConcurrentMapTemplateCache())
            .defaultLocale(Locale.ROOT)
            .build();
  }

  /** Renders the template with the model into {@code out}, UTF-8. */
  public void render(String template, Map<String, Object> model, OutputStream out) throws IOException {
    out.write(page(template, model));
  }

  /**
   * The template rendered with the model, UTF-8: the text gathered whole, then encoded once (not
   * piece by piece through a buffered encoder, which took a tenth of a scorecard's rendering).
   */
  public byte[] page(String template, Map<String, Object> model) throws IOException {
    Text text = new Text();
    try {
      engine.getTemplate(template).evaluate(text, model, Locale.ROOT);
    } catch (PebbleException e) {
      // a template bug, not a user's mistake: the internal-error exit code
      throw new IllegalStateException("HTML template " + template + ": " + e.getMessage(), e);
    }
    return text.chars.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Where a page's text gathers: a string builder without a lock. */
  private static final class Text extends Writer {
    private final StringBuilder chars = new StringBuilder(1 << 16);

    @Override
    public void write(char[] c, int off, int len) {
      chars.append(c, off, len);
    }

    @Override
    public void write(String s, int off, int len) {
      chars.append(s, off, off + len);
    }

    @Override
    public void write(String s) {
      chars.append(s);
    }

    @Override
    public void write(int c) {
      chars.append((char) c);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  /**
   * Wraps what every {@code {{ … }}} prints in {@link Escaped}, as Pebble's autoescaper wraps it in
   * its escape filter: both branches of a {@code ?:}, and everything but a string literal and the
   * {@code block()}/{@code parent()} of template inheritance (markup of the templates themselves).
   */
  private static final class EscapingVisitor extends AbstractNodeVisitor {
    EscapingVisitor(PebbleTemplateImpl template) {
      super(template);
    }

    @Override
    public void visit(PrintNode node) {
      if (node.getExpression() instanceof TernaryExpression ternary) {
        ternary.setExpression2(escaped(ternary.getExpression2()));
        ternary.setExpression3(escaped(ternary.getExpression3()));
      } else {
        node.setExpression(escaped(node.getExpression()));
      }
    }

    private static Expression<?> escaped(Expression<?> e) {
      boolean markup =
          e instanceof LiteralStringExpression
              || e instanceof ParentFunctionExpression
              || e instanceof BlockFunctionExpression
              || e instanceof Escaped;
      return markup ? e : new Escaped(e);
    }
  }

  /** A printed value as HTML text: nothing for null, otherwise its text with {@code <>&"'} escaped. */
  static final class Escaped implements Expression<String> {
    private final Expression<?> value;

    Escaped(Expression<?> value) {
      this.value = value;
    }

    @Override
    public String evaluate(PebbleTemplateImpl self, EvaluationContextImpl context) {
      Object v = value.evaluate(self, context);
      return v == null ? null : escape(StringUtils.toString(v));
    }

    /**
     * As {@code HtmlEscape.escapeHtml4Xml}, which changes only {@code & < > " '}: a text without
     * them (most of a page's: names, figures) is returned as it is after a quick search instead
     * of the escaper's character-by-character walk.
     */
    static String escape(String s) {
      return s.indexOf('&') < 0 && s.indexOf('<') < 0 && s.indexOf('>') < 0 && s.indexOf('"') < 0 && s.indexOf('\'') < 0
          ? s
          : HtmlEscape.escapeHtml4Xml(s);
    }

    @Override
    public int getLineNumber() {
      return value.getLineNumber();
    }

    @Override
    public void accept(NodeVisitor visitor) {
      visitor.visit(this);
    }
  }
}
