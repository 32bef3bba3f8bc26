package org.handbook.fuzz;

import java.util.List;

/** Pieces of the syntax the loaders and the Markdown checks read, for mutations that put them where they do not belong. */
final class Snippets {
    static final List<String> ALL = List.of(
            // YAML
            "---\n", "...\n", ": ", ":", "- ", "[", "]", "{", "}", "&a ", "*a", "!!binary ", "!!str ", "? ", "|\n", ">-\n", "'", "\"", "#",
            "\t", "id: x\n", "title:\n", "title: yes\n", "number: 01\n", "verdict: maybe\n", "next: nowhere\n", "<<: *a\n", "%YAML 1.2\n",
            // Markdown
            "\n\n", "# ", "## ", "## {#x}\n", "{#}", "{.class}", "**", "_", "`", "```\n", "    ", "> ", "1. ", "| a | b |\n|---|\n",
            "[^1]", "[^1]: note\n", "!!! tip \"x\"\n", "[x](", ")", "![](", "![](glossary:index)", "![](checklist:gate)", "![](sources:index)",
            "[x](term:)", "[x](term:lora#)", "[x](chapter:first#nope)", "[x](https://a b)", "[x](https://a.org/|)", "[x](&#106avascript:x)",
            "[x](&#99999999999;)", "[x](data:x)", "[@", "[@hu2021lora]", "[@nope]", "<b>", "<!--", "&#", "&#x;", "&amp", "{{", "}}",
            "{{name}}", "\\", "\u0000", "\u2028", "\uFEFF", "\uD83D\uDE00", "e\u0301", "日本語の文章", "\u202E", "- [ ] ", "- [x] ");

    private Snippets() {
    }
}
