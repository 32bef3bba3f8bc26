package org.handbook.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.List;
import org.handbook.problem.Problem;
import org.handbook.problem.Severity;

/**
 * How {@code build} and {@code check} print problems: as text for people, or for machines as
 * JSON lines, GitHub workflow annotations or one SARIF 2.1.0 log. Machine formats go to standard
 * output and the summary line to standard error, so the output can be redirected to a file whole.
 */
enum ProblemFormat {
    /** {@code path:line:col: error: message}, a hint line, and a count; on standard error. */
    TEXT,
    /** One JSON object per problem and line: file, line, column, severity, rule, message, hint. */
    JSON,
    /** {@code ::error file=F,line=L,col=C,title=RULE::message}, which GitHub Actions shows on the file's line. */
    GITHUB,
    /** A SARIF 2.1.0 log of one run, for code scanning. */
    SARIF;

    /** Made on first use, not when the enum is: Jackson's classes cost a build or check that prints text some 50 ms to load. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /** Prints every problem of a run (a build that failed, or the warnings of one that passed). */
    void report(List<Problem> problems, PrintStream out, PrintStream err) {
        switch (this) {
            case TEXT -> Report.problems(err, problems);
            case JSON -> problems.forEach(p -> out.println(json(p)));
            case GITHUB -> problems.forEach(p -> out.println(annotation(p)));
            case SARIF -> out.println(Sarif.log(problems, Main.Version.number()));
        }
    }

    /** Where the one-line summary goes: beside the text, or out of the machine format's way. */
    PrintStream summary(PrintStream out, PrintStream err) {
        return this == TEXT ? out : err;
    }

    static String json(Problem p) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("file", p.position().path());
        o.put("line", p.position().line());
        o.put("column", p.position().column());
        o.put("severity", p.severity().label());
        o.put("rule", p.rule().id());
        o.put("message", p.message());
        if (p.hint() == null || p.hint().isEmpty()) o.putNull("hint");
        else o.put("hint", p.hint());
        return o.toString();
    }

    /** A workflow command; its properties and message escaped as the runner expects. */
    static String annotation(Problem p) {
        String command = p.severity() == Severity.ERROR ? "error" : "warning";
        String message = p.message() + (p.hint() == null || p.hint().isEmpty() ? "" : "\nhint: " + p.hint());
        return "::" + command + " file=" + property(p.position().path()) + ",line=" + p.position().line() + ",col=" + p.position().column()
                + ",title=" + property(p.rule().id()) + "::" + data(message);
    }

    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
