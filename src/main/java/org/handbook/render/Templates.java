package org.handbook.render;

import freemarker.core.ParseException;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.handbook.problem.Position;
import org.handbook.problem.Problem;
import org.handbook.problem.Rule;
import org.handbook.problem.Severity;

/**
 * The FreeMarker templates of a build: parsed once, HTML auto-escaping on (.ftlh), errors
 * reported as problems at the template's line and column.
 */
public final class Templates {
    private final Configuration cfg;
    private final Set<String> reads;
    private final String display;
    private final Map<String, Template> cache = new ConcurrentHashMap<>();
    /** The length of the last page each template made: the next one's starts as large, with some room. */
    private final Map<String, Integer> lastLength = new ConcurrentHashMap<>();

    /** A template could not be parsed or run. */
    public static final class TemplateProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Problem problem;

        TemplateProblem(Problem problem, Throwable cause) {
            super(problem.format(), cause);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    public Templates(Path dir) throws IOException {
        this(dir, Map.of());
    }

    /**
     * Templates that see {@code globals} by name as well as their own model: what every page, PDF
     * and e-book document may show (the handbook's words for its collections).
     */
    public Templates(Path dir, Map<String, Object> globals) throws IOException {
        this(dir, globals, Set.of());
    }

    /**
     * As {@link #Templates(Path, Map)}, with the keys the library noted while {@code globals} were
     * made ({@link org.handbook.cache.Reads}): every page rendered with them read those.
     */
    public Templates(Path dir, Map<String, Object> globals, Set<String> reads) throws IOException {
        this.reads = Set.copyOf(reads);
        cfg = new Configuration(Configuration.VERSION_2_3_35);
        cfg.setDirectoryForTemplateLoading(dir.toFile());
        cfg.setDefaultEncoding("UTF-8");
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNumberFormat("computer");
        cfg.setOutputEncoding("UTF-8");
        cfg.setURLEscapingCharset("UTF-8");
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35);
        // view records read as plain values: ${page.title}, not ${page.title()}
        wrapper.setRecordZeroArgumentNonVoidMethodPolicy(ZeroArgumentNonVoidMethodPolicy.PROPERTY_ONLY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        cfg.setObjectWrapper(wrapper.build());
        for (Map.Entry<String, Object> g : globals.entrySet()) {
            try {
                cfg.setSharedVariable(g.getKey(), g.getValue());
            } catch (freemarker.template.TemplateModelException e) {
                throw new IllegalArgumentException("template variable " + g.getKey() + ": " + e.getMessage(), e);
            }
        }
        Path abs = dir.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        display = (abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString()) + "/";
    }

    /** What making the templates' globals read of the library. */
    public Set<String> reads() {
        return reads;
    }

    public String render(String name, Map<String, Object> model) {
        Template t = cache.computeIfAbsent(name, this::load);
        int last = lastLength.getOrDefault(name, 0);
        TextOut out = new TextOut(Math.max(1024, last + last / 4));
        try {
            t.process(model, out);
        } catch (TemplateException e) {
            String file = e.getTemplateSourceName() == null ? name : e.getTemplateSourceName();
            int line = e.getLineNumber() == null ? 1 : e.getLineNumber();
            int col = e.getColumnNumber() == null ? 1 : e.getColumnNumber();
            String message = summary(e.getMessageWithoutStackTop());
            String hint = message.contains("null or missing")
                    ? "check the name against what this template is given, or give a default: ${name!\"\"}"
                    : "fix the template";
            throw new TemplateProblem(new Problem(Severity.ERROR, Rule.TEMPLATE, new Position(display + file, line, col),
                    "template error: " + message, hint), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lastLength.put(name, out.length());
        return out.toString();
    }

    private Template load(String name) {
        try {
            return cfg.getTemplate(name);
        } catch (ParseException e) {
            throw new TemplateProblem(new Problem(Severity.ERROR, Rule.TEMPLATE, new Position(display + (e.getTemplateName() == null ? name : e.getTemplateName()),
                    e.getLineNumber(), e.getColumnNumber()), "template syntax error: " + summary(e.getEditorMessage()),
                    "fix the template"), e);
        } catch (IOException e) {
            throw new TemplateProblem(new Problem(Severity.ERROR, Rule.TEMPLATE, Position.file(display + name),
                    "cannot read template: " + e.getMessage(), "every page type needs its template in templates/"), e);
        }
    }

    /**
     * FreeMarker's message in one line: its first line, and when that ends with a colon the line
     * after it too, which names the expression ("... null or missing: page.titel").
     */
    private static String summary(String s) {
        List<String> lines = s == null ? List.of() : s.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty()) return "";
        if (!lines.get(0).endsWith(":") || lines.size() < 2) return lines.get(0);
        return lines.get(0) + " " + lines.get(1).replaceFirst("^==>\\s*", "").replaceFirst("\\s*\\[in template .*$", "");
    }
}
