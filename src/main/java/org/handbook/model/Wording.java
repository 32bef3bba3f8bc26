package org.handbook.model;

import java.util.List;
import java.util.Map;

/**
 * What content/handbook.yaml's {@code collections} block says about one content type, named by
 * its folder: what one item and several are called, the index page's title and description, the
 * navigation's label, a sentence under the description, labels of the type's fields, and the
 * level-2 sections every item's Markdown body has, in order. A field left out (null, or absent
 * from {@code fields}) keeps the type's declared wording.
 */
public record Wording(String label, String plural, String title, String nav, String description, String intro,
                      Map<String, String> fields, List<String> sections) {
}
