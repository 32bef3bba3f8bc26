package org.handbook.checklist;

import java.util.ArrayList;
import java.util.List;
import org.handbook.link.Library;
import org.handbook.link.Urls;
import org.handbook.model.Checklist;
import org.handbook.output.BuildContext;
import org.handbook.output.Output;
import org.handbook.types.Checklists;
import org.handbook.write.OutputFile;

/**
 * Every checklist as {@code <id>.md} (a GitHub task list to paste into a ticket) and
 * {@code <id>.csv} (section, item, required, who, why; UTF-8 with a byte-order mark so spreadsheet
 * programs read the dashes and quotes right), beside its page.
 */
public final class ChecklistExports implements Output {
    static final String CSV_HEADER = "section,item,required,who,why";

    @Override
    public String name() {
        return "downloads";
    }

    @Override
    public List<OutputFile> produce(BuildContext context) {
        return files(context.library());
    }

    static List<OutputFile> files(Library lib) {
        PortableText text = new PortableText(lib);
        List<OutputFile> out = new ArrayList<>();
        for (Checklist c : lib.items(Checklists.TYPE)) {
            String dir = Checklists.TYPE.folder() + "/" + c.id() + "/";
            out.add(OutputFile.text(dir + c.id() + ".md", markdown(lib, text, c)));
            out.add(OutputFile.text(dir + c.id() + ".csv", "\uFEFF" + csv(lib, text, c)));
        }
        return out;
    }

    static String markdown(Library lib, PortableText text, Checklist c) {
        StringBuilder md = new StringBuilder();
        var values = lib.values();
        md.append("# ").append(values.plain(c.title())).append("\n\n");
        md.append(values.plain(c.purpose())).append("\n\n");
        if (c.useWhen() != null) md.append("**Use it:** ").append(values.plain(c.useWhen())).append("\n\n");
        md.append("From *").append(lib.config().title()).append("*").append(c.version() == null ? "" : ", checklist version " + c.version())
                .append(": ").append(Urls.canonical(lib.config().baseUrl(), Checklists.TYPE.path(c.id()))).append("\n");
        for (Checklist.Section s : c.sections()) {
            md.append("\n## ").append(values.plain(s.title())).append("\n\n");
            for (Checklist.Item i : s.items()) {
                md.append("- [ ] ").append(oneLine(values.plain(i.text()))).append(i.required() ? " **(required)**" : "");
                if (i.who() != null) md.append(" — ").append(oneLine(values.plain(i.who())));
                md.append('\n');
                if (i.why() != null && !i.why().text().isBlank()) md.append("  - Why: ").append(text.markdown(i.why().text())).append('\n');
            }
        }
        return md.toString();
    }

    static String csv(Library lib, PortableText text, Checklist c) {
        var values = lib.values();
        StringBuilder csv = new StringBuilder(CSV_HEADER).append("\r\n");
        for (Checklist.Section s : c.sections()) {
            for (Checklist.Item i : s.items()) {
                csv.append(field(values.plain(s.title()))).append(',').append(field(values.plain(i.text()))).append(',').append(i.required() ? "yes" : "no")
                        .append(',').append(field(i.who() == null ? "" : values.plain(i.who()))).append(',')
                        .append(field(i.why() == null ? "" : text.plain(i.why().text()))).append("\r\n");
            }
        }
        return csv.toString();
    }

    /**
     * A CSV field as RFC 4180 has it: quoted when it holds a comma, quote or line break; quotes
     * doubled. A value a spreadsheet would run as a formula (one starting with =, +, -, @, a tab
     * or a carriage return: "=HYPERLINK(...)") gets a leading apostrophe and quotes, as OWASP's
     * advice on CSV injection has it, so it shows as text.
     */
    static String field(String value) {
        String v = oneLine(value);
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) v = "'" + v;
        else if (v.indexOf(',') < 0 && v.indexOf('"') < 0) return v;
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }
}
