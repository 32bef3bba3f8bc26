package org.handbook.model;

import java.util.List;

/** An entry of the source register, read from CSL-YAML or CSL-JSON. */
public record Source(String id, String type, String title, List<String> authors, String issued,
                     String containerTitle, String publisher, String url, String note,
                     SourceMap source, String pointer) {
}
