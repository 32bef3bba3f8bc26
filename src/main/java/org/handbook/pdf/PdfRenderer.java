package org.handbook.pdf;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.TextNode;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * HTML to PDF with openhtmltopdf: the HTML is parsed as browsers parse it (jsoup), the DejaVu
 * fonts are embedded when the system has them (the PDF base fonts lack arrows, ≈ and ≥), and
 * chapter bookmarks go into the PDF's outline.
 */
public final class PdfRenderer {
    /** Where Debian's fonts-dejavu-core puts the fonts; other systems fall back to the PDF base fonts. */
    private static final File FONTS = new File("/usr/share/fonts/truetype/dejavu");
    private static final Object[][] FACES = {
            {"DejaVuSans.ttf", "DejaVu Sans", 400, BaseRendererBuilder.FontStyle.NORMAL},
            {"DejaVuSans-Bold.ttf", "DejaVu Sans", 700, BaseRendererBuilder.FontStyle.NORMAL},
            {"DejaVuSans-Oblique.ttf", "DejaVu Sans", 400, BaseRendererBuilder.FontStyle.ITALIC},
            {"DejaVuSerif.ttf", "DejaVu Serif", 400, BaseRendererBuilder.FontStyle.NORMAL},
            {"DejaVuSerif-Bold.ttf", "DejaVu Serif", 700, BaseRendererBuilder.FontStyle.NORMAL},
            {"DejaVuSerif-Italic.ttf", "DejaVu Serif", 400, BaseRendererBuilder.FontStyle.ITALIC},
            {"DejaVuSansMono.ttf", "DejaVu Sans Mono", 400, BaseRendererBuilder.FontStyle.NORMAL},
            {"DejaVuSansMono-Bold.ttf", "DejaVu Sans Mono", 700, BaseRendererBuilder.FontStyle.NORMAL},
            {"DejaVuSansMono-Oblique.ttf", "DejaVu Sans Mono", 400, BaseRendererBuilder.FontStyle.ITALIC},
            {"DejaVuSans-BoldOblique.ttf", "DejaVu Sans", 700, BaseRendererBuilder.FontStyle.ITALIC},
    };

    /** Held here: java.util.logging forgets the level of a logger nobody references. */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.apache.pdfbox"), Logger.getLogger("org.apache.fontbox"));

    static {
        XRLog.setLoggingEnabled(false);
        QUIET.forEach(l -> l.setLevel(Level.SEVERE));
    }

    /** Each face's metrics, shared by every document: choosing a face then does not load it. */
    private static final FSDefaultCacheStore METRICS = new FSDefaultCacheStore();

    private static final ThreadLocal<Map<File, TrueTypeFont>> PARSED = ThreadLocal.withInitial(HashMap::new);

    private static TrueTypeFont parsed(File f) {
        return PARSED.get().computeIfAbsent(f, file -> {
            try {
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file));
                // no ligature substitution: PDFBox's Latin GSUB worker took a third of the layout
                // time, and a ligature glyph can drop its letters from the text layer
                font.setEnableGsub(false);
                return font;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * A face added to a document only when its text first needs it: adding one builds its width
     * table for all six thousand glyphs and subsets it when the document is saved, whether used or not.
     */
    private static final class LazyFont extends PDFontSupplier {
        private final PDDocument target;
        private final File file;

        LazyFont(PDDocument target, File file) {
            super(null);
            this.target = target;
            this.file = file;
        }

        @Override
        public PDFont supply() {
            try {
                return PDType0Font.load(target, parsed(file), true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A bookmark of the PDF's outline: its title and the id it jumps to. */
    public record Bookmark(String title, String target) {
    }

    private PdfRenderer() {
    }

    /**
     * What the embedded fonts are, for the build cache's key of a PDF: each face's file name, size
     * and CRC-32C, or "none" for a face the system lacks (its text then prints in a base font).
     */
    public static String fonts() {
        return FontFiles.FINGERPRINT;
    }

    /** The fonts' fingerprint, computed once, when a PDF first asks. */
    private static final class FontFiles {
        static final String FINGERPRINT = fingerprint();

        private static String fingerprint() {
            StringBuilder sb = new StringBuilder();
            for (Object[] face : FACES) {
                File f = new File(FONTS, (String) face[0]);
                sb.append(face[0]).append('=');
                try {
                    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
                    byte[] bytes = java.nio.file.Files.readAllBytes(f.toPath());
                    crc.update(bytes);
                    sb.append(bytes.length).append(':').append(Long.toHexString(crc.getValue()));
                } catch (IOException e) {
                    sb.append("none");
                }
                sb.append(';');
            }
            return sb.toString();
        }
    }

    /**
     * The PDF of {@code html}. Its dates are {@code date} (the content's date, not the clock) and
     * its file identifier is the first 16 characters of {@code id}, a fingerprint of the input, so
     * the same input gives the same bytes.
     */
    public static byte[] pdf(String html, String baseUri, List<Bookmark> bookmarks, LocalDate date, String id) {
        Document doc = new W3CDom().fromJsoup(gluedPunctuation(Jsoup.parse(html, baseUri)));
        if (!bookmarks.isEmpty()) addBookmarks(doc, bookmarks);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        b.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, METRICS);
        PDDocument target = new PDDocument();
        b.usePDDocument(target);
        for (Object[] face : FACES) {
            File f = new File(FONTS, (String) face[0]);
            if (!f.isFile()) continue;
            // each thread parses a font file once; each document embeds the subset it uses
            b.useFont(new LazyFont(target, f), (String) face[1], (Integer) face[2], (BaseRendererBuilder.FontStyle) face[3], true);
        }
        b.withW3cDocument(doc, baseUri);
        b.withProducer("handbook");
        try (PdfBoxRenderer renderer = b.buildPdfRenderer()) {
            renderer.layout();
            try (PDDocument pdf = renderer.createPDFKeepOpen()) {
                pdf.getDocumentInformation().setCreationDate(calendar(date));
                pdf.getDocumentInformation().setModificationDate(calendar(date));
                byte[] fileId = Arrays.copyOf(id.getBytes(StandardCharsets.US_ASCII), 16);
                COSArray ids = new COSArray();
                ids.add(new COSString(fileId));
                ids.add(new COSString(fileId));
                pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
                pdf.save(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A new calendar at midnight UTC of {@code date}: PDFBox keeps the one it is given, and a Calendar is not thread-safe. */
    private static Calendar calendar(LocalDate date) {
        Calendar cal = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        cal.clear();
        cal.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
        return cal;
    }

    /**
     * openhtmltopdf breaks lines where one inline element ends and text begins, so "[22]" could end
     * up as "[22" and "]", or a comma could start a line after a linked word. A citation is one
     * unbreakable box (pdf.css), and an element with punctuation right after it goes into one
     * together with that punctuation (a span.glue): a short element whole, a longer one of plain
     * text by its last word only, split off as a copy of the element.
     */
    private static org.jsoup.nodes.Document gluedPunctuation(org.jsoup.nodes.Document doc) {
        for (org.jsoup.nodes.Element e : doc.select("span.cite, span.term-mention, a, code, em, strong, cite")) {
            if (!(e.nextSibling() instanceof TextNode next)) continue;
            String text = next.getWholeText();
            int n = 0;
            while (n < text.length() && ".,;:!?)".indexOf(text.charAt(n)) >= 0) n++;
            if (n == 0) continue;
            org.jsoup.nodes.Element glued = e.text().length() <= 24 ? e : lastWord(e);
            if (glued == null) continue;
            next.text(text.substring(n));
            org.jsoup.nodes.Element glue = new org.jsoup.nodes.Element("span").addClass("glue");
            glued.before(glue);
            glue.appendChild(glued);
            glue.appendText(text.substring(0, n));
        }
        return doc;
    }

    /**
     * The last word of an element holding only text (perhaps inside one nested element, as a
     * cited title's link), moved into a copy of it placed right after it.
     */
    private static org.jsoup.nodes.Element lastWord(org.jsoup.nodes.Element e) {
        TextNode only = soleText(e);
        if (only == null) return null;
        String t = only.getWholeText();
        int space = t.stripTrailing().lastIndexOf(' ');
        if (space <= 0) return null;
        org.jsoup.nodes.Element tail = e.clone();
        tail.select("[id]").removeAttr("id");
        soleText(tail).text(t.substring(space + 1));
        only.text(t.substring(0, space + 1));
        e.after(tail);
        return tail;
    }

    private static TextNode soleText(org.jsoup.nodes.Element e) {
        while (e.childNodeSize() == 1) {
            if (e.childNode(0) instanceof TextNode t) return t;
            if (!(e.childNode(0) instanceof org.jsoup.nodes.Element child)) return null;
            e = child;
        }
        return null;
    }

    /** openhtmltopdf reads the outline from a {@code <bookmarks>} element in the head. */
    private static void addBookmarks(Document doc, List<Bookmark> bookmarks) {
        Element head = (Element) doc.getElementsByTagName("head").item(0);
        Element list = doc.createElement("bookmarks");
        for (Bookmark bm : bookmarks) {
            Element e = doc.createElement("bookmark");
            e.setAttribute("name", bm.title());
            e.setAttribute("href", "#" + bm.target());
            list.appendChild(e);
        }
        head.appendChild(list);
    }
}
