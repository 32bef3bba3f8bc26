package org.handbook.output;

import java.util.List;
import org.handbook.write.OutputFile;

/** The stylesheet, scripts and icons under templates/assets, named by their content. */
public final class AssetsOutput implements Output {
    @Override
    public String name() {
        return "assets";
    }

    @Override
    public List<OutputFile> produce(BuildContext context) {
        return context.assets().files();
    }
}
