package org.handbook.render;

import java.util.List;
import org.handbook.types.Link;

/**
 * The records the layout reads about every page, and the values page's. Templates never see the model: each page gets
 * views with its links already made relative to it (an item's own views are its type's, see
 * {@link org.handbook.types.ContentType#page}).
 */
public final class View {
    private View() {
    }

    /** What every page's layout needs. */
    public record Page(String path, String root, String title, String description, String canonical,
                       String kind, List<Link> crumbs, List<Toc> toc, Nav prev, Nav next, String css,
                       List<String> js, String icon, boolean liveReload, String ogType, List<NavItem> nav,
                       org.handbook.share.Sharing.Meta share, String reviewed) {
    }

    /** A previous/next link with its label ("Previous chapter"). */
    public record Nav(String label, String title, String href) {
    }

    /** An on-page contents entry. */
    public record Toc(int level, String text, String href) {
    }

    /** An entry of the site's navigation; {@code current} when the page belongs to it. */
    public record NavItem(String label, String href, boolean current) {
    }

    /** The handbook's identity, shown in the header, cover and footer. */
    public record Site(String title, String subtitle, String edition, String description, String language,
                       String updated, String home, int totalMinutes, boolean print, boolean values) {
    }

    /**
     * A named value on the values page: how it reads, what it is, where it comes from, its dates,
     * and the pages that show it.
     */
    public record NamedValue(String name, String shown, String about, Link source, String reviewed, String reviewBy,
                             List<Link> usedOn) {
    }
}
