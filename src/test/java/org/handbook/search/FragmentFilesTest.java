package org.handbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.handbook.markdown.MarkdownParser;
import org.junit.jupiter.api.Test;

/** A record's anchor left for the browser to make again: only where it is the slug the parser gives its ASCII title. */
class FragmentFilesTest {
    @Test
    void anAnchorIsTheSlugExactlyWhereTheParserSaysSo() {
        Random random = new Random(15);
        String alphabet = "aZ09 -_.,'()#&?!\t\u00e9\u2014xY";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder title = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) title.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String t = title.toString();
            String slug = MarkdownParser.slug(t);
            boolean ascii = t.chars().allMatch(c -> c < 128);
            assertEquals(ascii, FragmentFiles.anchorIsSlug("/p/#" + slug, 4, t), t);
            assertEquals(false, FragmentFiles.anchorIsSlug("/p/#" + slug + "-2", 4, t), t);
            assertEquals(false, FragmentFiles.anchorIsSlug("/p/#x" + slug, 4, t), t);
        }
    }
}
