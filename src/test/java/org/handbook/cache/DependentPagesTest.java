package org.handbook.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.handbook.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild re-renders the pages that read what changed, not every page of a kind: a playbook's
 * page draws its route from its own flowchart, so editing another flowchart leaves it as it was.
 * Measured as the difference the playbook makes: editing the other flowchart re-renders as many
 * pages with the playbook in the handbook as without it. Likewise a page that links a checklist
 * shows its title alone: editing one of its items re-renders as many pages with the link as without.
 */
class DependentPagesTest {

    private static int renderedAfterEditingTheOther(Path dir, boolean withPlaybook) throws Exception {
        Path content = TestSites.copySample(dir);
        Path decide = content.resolve("flowcharts/decide.yaml");
        // the same tree under another id, linking no playbook (a playbook's route ends in one tree only)
        Files.writeString(content.resolve("flowcharts/other.yaml"), Files.readString(decide).replace("playbook:stale-bot, ", ""));
        if (!withPlaybook) {
            Files.delete(content.resolve("playbooks/stale-bot.md"));
            Files.writeString(decide, Files.readString(decide).replace("playbook:stale-bot, ", ""));
            Path first = content.resolve("chapters/first.md");
            Files.writeString(first, Files.readString(first).replace("(playbook:stale-bot)", "(flowchart:decide)"));
        }
        Path out = dir.resolve("site");
        TestSites.build(content, out);
        Path other = content.resolve("flowcharts/other.yaml");
        Files.writeString(other, Files.readString(other).replace("What is wrong with the answers?", "What is wrong with the replies?"));
        return TestSites.build(content, out).rendered();
    }

    private static int renderedAfterEditingAChecklistItem(Path dir, boolean linked) throws Exception {
        Path content = TestSites.copySample(dir);
        // a flowchart node's links are shown by their titles
        Path decide = content.resolve("flowcharts/decide.yaml");
        if (linked) Files.writeString(decide, Files.readString(decide).replace("links: [technique:retrieval, ", "links: [checklist:gate, technique:retrieval, "));
        Path out = dir.resolve("site");
        TestSites.build(content, out);
        Path gate = content.resolve("checklists/gate.yaml");
        Files.writeString(gate, Files.readString(gate).replace("An owner signs the decision.", "An owner signs the decision in writing."));
        return TestSites.build(content, out).rendered();
    }

    @Test
    void aPageLinkingAChecklistIsNotRenderedAgainWhenOnlyAnItemChanges(@TempDir Path dir) throws Exception {
        int linked = renderedAfterEditingAChecklistItem(dir.resolve("linked"), true);
        int unlinked = renderedAfterEditingAChecklistItem(dir.resolve("unlinked"), false);
        assertTrue(linked > 0, "the checklist's own page is rendered");
        assertEquals(unlinked, linked, "the flowchart that links the checklist by its title is not among the pages rendered again");
    }

    @Test
    void aPlaybookPageIsNotRenderedAgainForAnotherFlowchart(@TempDir Path dir) throws Exception {
        int with = renderedAfterEditingTheOther(dir.resolve("with"), true);
        int without = renderedAfterEditingTheOther(dir.resolve("without"), false);
        assertTrue(with > 0, "the edited flowchart's own pages are rendered");
        assertEquals(without, with, "the playbook's page is not among the pages rendered again");
    }
}
