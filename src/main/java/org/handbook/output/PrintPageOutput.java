package org.handbook.output;

import java.util.List;
import org.handbook.write.OutputFile;

/**
 * The book to print ({@code print/}: its cover and contents, and the book in parts, each a page),
 * an output of its own because it is slow: every chapter, rewritten for paper. The dev server
 * writes it after the page a save changed, beside the book's PDF, which is made from the same
 * one-page book the parts are cut from.
 */
public final class PrintPageOutput implements Output {
    @Override
    public String name() {
        return "print";
    }

    @Override
    public boolean slow() {
        return true;
    }

    @Override
    public List<OutputFile> produce(BuildContext context) {
        return context.library().config().print() ? context.pages().printPages() : List.of();
    }
}
