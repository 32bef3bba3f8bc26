package org.handbook.casestudy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.handbook.Pipeline;
import org.handbook.TestSites;
import org.handbook.cli.Main;
import org.handbook.output.BuildMode;
import org.handbook.problem.BuildFailed;
import org.handbook.problem.Problem;
import org.handbook.problem.Rule;
import org.handbook.search.RecordExtractor;
import org.handbook.search.SearchRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A content type added the way docs/content-types.md says, through its record, its declaration,
 * its schema, its two templates and its scaffold: it loads, checks, links, renders, is searched
 * and scaffolded like the generator's own types.
 */
class CaseStudyTypeTest {
    static final Path FIXTURE = Path.of("src/test/resources/case-studies");

    /** The sample content plus one case study, and the templates plus the type's two. */
    static Path[] handbook(Path dir) {
        Path content = TestSites.copySample(dir);
        TestSites.copyTree(FIXTURE.resolve("content"), content);
        Path templates = dir.resolve("templates");
        TestSites.copyTree(TestSites.TEMPLATES, templates);
        TestSites.copyTree(FIXTURE.resolve("templates"), templates);
        return new Path[] {content, templates};
    }

    static void append(Path file, String text) throws Exception {
        Files.writeString(file, Files.readString(file) + text);
    }

    @Test
    void aNewTypeGetsPagesLinksNavigationSearchAndItsSchema(@TempDir Path dir) throws Exception {
        Path[] h = handbook(dir);
        append(h[0].resolve("chapters/first.md"), "\nHow one team decided: [Acme](case-study:acme-support#the-decision).\n");
        Path out = dir.resolve("site");
        Pipeline.run(new Pipeline.Options(h[0], h[1], out, BuildMode.BUILD, CaseStudies.registry()));

        String page = Files.readString(out.resolve("case-studies/acme-support/index.html"));
        assertTrue(page.contains("They rebuilt the retrieval index nightly"), "the body as HTML");
        assertTrue(page.contains("<a href=\"../../playbooks/stale-bot/index.html\">"), "its playbooks field as links");
        assertTrue(page.contains(">Cases</a>") && page.contains("class=\"current\">Cases"), "its navigation entry, current on its pages");
        assertTrue(Files.readString(out.resolve("case-studies/index.html")).contains("href=\"../case-studies/acme-support/index.html\""), "the index page");
        assertTrue(Files.readString(out.resolve("chapters/first/index.html"))
                .contains("href=\"../../case-studies/acme-support/index.html#the-decision\""), "a typed reference to it");
        assertTrue(Files.readString(out.resolve("sitemap.xml")).contains("case-studies/acme-support/"));
        assertTrue(Files.exists(out.resolve("schemas/case-study.schema.json")), "its schema is exported for editors");

        List<SearchRecord> records = RecordExtractor.extract(Pipeline.library(h[0], CaseStudies.registry()));
        assertTrue(records.stream().anyMatch(r -> r.type().equals("case-study") && r.url().equals("case-studies/acme-support/index.html#the-decision")
                && r.context().equals("Acme's support bot")), "searched by section");
    }

    @Test
    void itsReferencesFieldsAndSchemaAreChecked(@TempDir Path dir) throws Exception {
        Path[] h = handbook(dir);
        append(h[0].resolve("chapters/first.md"), "\nSee [Acme](case-study:acme-suport).\n");
        Path acme = h[0].resolve("case-studies/acme-support.md");
        Files.writeString(acme, Files.readString(acme).replace("playbooks: [stale-bot]", "playbooks: [stale-bots]"));
        Files.writeString(h[0].resolve("case-studies/typo.md"), "---\ntitle: Typo\nsumary: Misspelt.\n---\nText.\n");
        BuildFailed failed = assertThrows(BuildFailed.class,
                () -> Pipeline.run(new Pipeline.Options(h[0], h[1], dir.resolve("site"), BuildMode.CHECK, CaseStudies.registry())));
        Set<String> got = failed.problems().stream().map(p -> p.rule().id() + " " + p.position().path().replaceAll(".*/content/", "")
                + ":" + p.position().line() + " " + p.message() + " / " + p.hint()).collect(Collectors.toSet());
        assertTrue(got.contains("unknown-reference chapters/first.md:34 unknown case-study 'acme-suport' / did you mean 'acme-support'?"), got.toString());
        assertTrue(got.contains("unknown-reference case-studies/acme-support.md:4 unknown playbook 'stale-bots' / did you mean 'stale-bot'?"), got.toString());
        assertTrue(got.stream().anyMatch(s -> s.startsWith("unknown-field case-studies/typo.md:3 unknown field 'sumary'")), got.toString());
    }

    @Test
    void newScaffoldsItWithItsSchemaAndTheResultChecksButForItsPlaceholders(@TempDir Path dir) throws Exception {
        Path[] h = handbook(dir);
        Path out = dir.resolve("site");
        String[] args = {"new", "case-study", "beta", "--content", h[0].toString(), "--out", out.toString()};
        assertEquals(0, Main.execute(CaseStudies.registry(), args));
        String text = Files.readString(h[0].resolve("case-studies/beta.md"));
        assertTrue(text.startsWith("---\n# yaml-language-server: $schema=../../site/schemas/case-study.schema.json\ntitle: Beta\n"), text);
        assertEquals(2, Main.execute(CaseStudies.registry(), args), "an id that exists is refused");
        Pipeline.Result r = Pipeline.run(new Pipeline.Options(h[0], h[1], out, BuildMode.CHECK, CaseStudies.registry()));
        assertEquals(Set.of(Rule.PLACEHOLDER), r.warnings().stream().map(Problem::rule).collect(Collectors.toSet()), r.warnings().toString());
        assertEquals(2, r.warnings().size(), "one per TODO line");
    }
}
