package org.handbook.render;

import java.util.List;

/**
 * The small records templates read. Templates never see the model: each page gets views with
 * its links already made relative to it.
 */
public final class View {
    private View() {
    }

    /** A link with its text. */
    public record Link(String title, String href) {
    }

    /** What every page's layout needs. */
    public record Page(String path, String root, String title, String description, String canonical,
                       String kind, List<Link> crumbs, List<Toc> toc, Nav prev, Nav next, String css,
                       List<String> js, String icon, boolean liveReload, String ogType) {
    }

    /** A previous/next link with its label ("Previous chapter"). */
    public record Nav(String label, String title, String href) {
    }

    /** An on-page contents entry. */
    public record Toc(int level, String text, String href) {
    }

    /** The handbook's identity, shown in the header, cover and footer. */
    public record Site(String title, String subtitle, String edition, String description, String language,
                       String updated, String home, int totalMinutes, boolean print) {
    }

    /** A line of the book's contents. */
    public record ContentsEntry(String number, String title, String claim, int minutes, String href) {
    }

    public record Chapter(String id, String number, String title, String claim, int minutes, String body) {
    }

    public record Playbook(String id, String title, String question, String verdict, String verdictLabel,
                           String answer, List<String> signalsFor, List<String> signalsAgainst, List<Link> techniques,
                           Link checklist, Link walk, List<Link> chapters, String href, String body) {
    }

    public record Term(String id, String term, List<String> aliases, String body, List<Link> see, String letter) {
    }

    public record Technique(String id, int order, String title, String summary, boolean changesWeights, String changes,
                            String cannotChange, String cost, String costNote, String timeToResult, String reversibility,
                            String dataNeeded, String typicalFailure, String pickWhen, String href, String body,
                            List<Link> playbooks) {
    }

    public record Checklist(String id, String title, String purpose, String useWhen, String version, int itemCount,
                            int requiredCount, List<Section> sections, List<Link> chapters, List<Link> playbooks, String href) {
    }

    public record Section(String title, List<Item> items) {
    }

    public record Item(String id, String text, String who, String why, boolean required) {
    }

    public record Flowchart(String id, String title, String description, String start, List<Node> nodes,
                            List<Link> playbooks, String href, org.handbook.flowchart.Diagram diagram) {
    }

    public record Node(String id, int number, String question, String help, List<Option> options, String outcome,
                       String verdict, String verdictLabel, String summary, List<Link> links) {
    }

    public record Option(String label, String next, int nextNumber, String nextTitle) {
    }

    public record Source(String id, int number, String authors, String year, String title, String container,
                         String publisher, String url, String note) {
    }
}
