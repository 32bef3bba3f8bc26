package org.handbook.share;

import java.util.List;
import java.util.Optional;
import org.handbook.cache.Generator;
import org.handbook.cache.Hashes;
import org.handbook.output.BuildContext;
import org.handbook.output.BuildMode;
import org.handbook.output.Output;
import org.handbook.render.Page;
import org.handbook.render.RenderCache;
import org.handbook.write.OutputFile;

/**
 * A preview card ({@code card.png}) beside every page, for the OpenGraph and Twitter metadata the
 * layout writes. A card is kept in the build cache by the hash of what it shows and the fonts it is
 * drawn with, so an unchanged card is never drawn twice, and read from there when it is written
 * (a large site's cards are hundreds of megabytes), or, drawn by a build that spools its files, put
 * in the new site as it is drawn; one the current site holds, drawn from the same inputs, is linked
 * into the new site without being read at all.
 */
public final class PreviewCardsOutput implements Output {
    @Override
    public String name() {
        return "cards";
    }

    @Override
    public boolean slow() {
        return true;
    }

    @Override
    public List<OutputFile> produce(BuildContext context) {
        Sharing sharing = new Sharing(context.library());
        return context.pages().pages().parallelStream().map(p -> card(context, sharing, p)).toList();
    }

    private static OutputFile card(BuildContext context, Sharing sharing, Page page) {
        context.checkCancelled();
        PreviewCard card = sharing.card(page.path(), page.head().kind(), page.head().title(), page.head().description());
        String path = Sharing.cardPath(page.path());
        // the site's card drawn from the same inputs by the same generator is linked into the new site, not read and written
        // (only by a build that swaps a whole site in: the dev server patches its site in place)
        // the key once: a SHA-256 of the card's text, which C1 computes without the processor's help
        String key = card.key();
        String version = Hashes.of(Generator.version(), "card", key);
        Optional<RenderCache.SiteFile> inSite = context.mode() != BuildMode.BUILD ? Optional.empty() : context.lastBuild().reuseFile(path, version);
        if (inSite.isPresent()) {
            return OutputFile.kept(path, () -> context.cache().artifact("card", key, card::png), inSite.get().file(), inSite.get().length(), version);
        }
        // a card drawn now goes into the new site at once where the build spools its files: the writer then reads
        // nothing back from the build cache (a cold 4,000-page build read its 140 MB of cards back to copy them)
        OutputFile[] drawn = new OutputFile[1];
        OutputFile kept = OutputFile.kept(path, context.cache().artifactSource("card", key, () -> {
            byte[] png = card.png();
            drawn[0] = context.spool().hand(new OutputFile(path, png));
            return png;
        }));
        return drawn[0] != null && !drawn[0].holds() ? drawn[0] : kept;
    }
}
