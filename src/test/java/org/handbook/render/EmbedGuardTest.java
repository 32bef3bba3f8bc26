package org.handbook.render;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.handbook.TestSites;
import org.handbook.link.Library;
import org.handbook.load.Content;
import org.handbook.load.ContentLoader;
import org.handbook.markdown.ParsedContent;
import org.handbook.problem.Problems;
import org.handbook.types.Registry;
import org.handbook.write.Spool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The renderer's own guard against an embed that shows itself, for a cycle the checks did not catch. */
class EmbedGuardTest {

    @Test
    void anEmbedCycleThatSlipsPastTheChecksEndsInOneClearErrorNotAStackOverflow(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Path term = content.resolve("glossary/lora.md");
        Files.writeString(term, Files.readString(term) + "\n![](glossary:index)\n");
        Problems problems = new Problems();
        Content c = new ContentLoader(content, Registry.standard(), problems).load();
        // linked without ContentChecks.run, as if a check were missing
        Library lib = Library.build(c, ParsedContent.parse(c), problems);
        SiteRenderer renderer = new SiteRenderer(lib, new Templates(TestSites.TEMPLATES, Map.of("collections", lib.collections())), new Assets(TestSites.TEMPLATES), false,
                PageTraces.none());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> renderer.render(Spool.none()));
        assertTrue(e.getMessage().contains("embed cycle: ") && e.getMessage().contains("glossary/lora.md"), e.getMessage());
    }
}
