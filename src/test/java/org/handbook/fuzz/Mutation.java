package org.handbook.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * One change to a content file's bytes, as a value a failing try prints. Positions are
 * fractions of the file's length, so a mutation means the same wherever it lands.
 */
sealed interface Mutation {
    byte[] apply(byte[] in);

    private static int at(byte[] in, double where) {
        return (int) Math.min(in.length, Math.floor(where * (in.length + 1)));
    }

    private static byte[] splice(byte[] in, int from, int to, byte[] with) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + with.length);
        out.write(in, 0, from);
        out.write(with, 0, with.length);
        out.write(in, to, in.length - to);
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Where the YAML of a file starts: after the opening "---" line of front matter, else at the top. */
    private static int yamlStart(byte[] in) {
        return in.length >= 4 && in[0] == '-' && in[1] == '-' && in[2] == '-' && in[3] == '\n' ? 4 : 0;
    }

    /** Where the Markdown body starts: after the closing "---" line, else at the end. */
    private static int bodyStart(byte[] in) {
        String s = new String(in, StandardCharsets.ISO_8859_1);
        int close = s.indexOf("\n---\n", 3);
        return close < 0 ? in.length : close + 5;
    }

    /** Random bytes put in. */
    record Insert(double where, byte[] bytes) implements Mutation {
        public byte[] apply(byte[] in) {
            int i = at(in, where);
            return splice(in, i, i, bytes);
        }

        @Override
        public String toString() {
            return "Insert[" + where + ", " + java.util.HexFormat.of().formatHex(bytes) + "]";
        }
    }

    /** A piece of Markdown or YAML syntax put in. */
    record InsertText(double where, String text) implements Mutation {
        public byte[] apply(byte[] in) {
            int i = at(in, where);
            return splice(in, i, i, utf8(text));
        }
    }

    /** Bytes taken out. */
    record Delete(double where, int length) implements Mutation {
        public byte[] apply(byte[] in) {
            int i = at(in, where);
            return splice(in, i, Math.min(in.length, i + length), new byte[0]);
        }
    }

    /** The file cut short, as by a full disk or an editor killed mid-save. */
    record Truncate(double where) implements Mutation {
        public byte[] apply(byte[] in) {
            return java.util.Arrays.copyOf(in, at(in, where));
        }
    }

    /** One bit flipped. */
    record FlipBit(double where, int bit) implements Mutation {
        public byte[] apply(byte[] in) {
            if (in.length == 0) return in;
            byte[] out = in.clone();
            int i = Math.min(in.length - 1, at(in, where));
            out[i] ^= (byte) (1 << bit);
            return out;
        }
    }

    /** Bytes that are not UTF-8: a lone continuation byte, an overlong form, a lone surrogate, 0xFF, a cut sequence. */
    record InvalidUtf8(double where, int kind) implements Mutation {
        static final byte[][] KINDS = {{(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xFF}, {(byte) 0xE6, (byte) 0x97}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};

        public byte[] apply(byte[] in) {
            int i = at(in, where);
            return splice(in, i, i, KINDS[kind % KINDS.length]);
        }
    }

    /** Line ends changed: 0 all CRLF, 1 all CR, 2 every other line CRLF, 3 a BOM in front, 4 a BOM in the middle. */
    record LineEnds(int kind) implements Mutation {
        public byte[] apply(byte[] in) {
            String s = new String(in, StandardCharsets.ISO_8859_1);
            String bom = new String(utf8("\uFEFF"), StandardCharsets.ISO_8859_1);
            String out = switch (kind % 5) {
                case 0 -> s.replace("\n", "\r\n");
                case 1 -> s.replace("\n", "\r");
                case 2 -> {
                    StringBuilder sb = new StringBuilder();
                    boolean crlf = false;
                    for (char c : s.toCharArray()) {
                        if (c == '\n' && (crlf = !crlf)) sb.append('\r');
                        sb.append(c);
                    }
                    yield sb.toString();
                }
                case 3 -> bom + s;
                default -> s.substring(0, s.length() / 2) + bom + s.substring(s.length() / 2);
            };
            return out.getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    /** Something built to hurt a parser, put where it bites: in the YAML or in the Markdown body. */
    record Hostile(int kind, int size) implements Mutation {
        static final int KINDS = 12;
        /** The kinds below this one aim at YAML. */
        static final int YAML_KINDS = 4;

        public byte[] apply(byte[] in) {
            int n = Math.max(1, size);
            return switch (kind % KINDS) {
                // YAML: an alias bomb (billion laughs), deep flow nesting, deep block nesting, an anchor loop
                case 0 -> splice(in, yamlStart(in), yamlStart(in), utf8(aliasBomb()));
                case 1 -> splice(in, yamlStart(in), yamlStart(in), utf8("deep: " + "[".repeat(n * 100) + "]".repeat(n * 100) + "\n"));
                case 2 -> splice(in, yamlStart(in), yamlStart(in), utf8(blockNesting(n * 20)));
                case 3 -> splice(in, yamlStart(in), yamlStart(in), utf8("a: &x\n  b: *x\n"));
                // Markdown: a 1 MB line, a huge table, deep quotes, deep lists, empty and punctuation-only headings, duplicate ids
                case 4 -> splice(in, bodyStart(in), bodyStart(in), utf8("\n" + "word ".repeat(200_000) + "\n"));
                case 5 -> splice(in, bodyStart(in), bodyStart(in), utf8(table(n * 50, 20)));
                case 6 -> splice(in, bodyStart(in), bodyStart(in), utf8("\n" + ">".repeat(n * 100) + " deep\n"));
                case 7 -> splice(in, bodyStart(in), bodyStart(in), utf8("\n" + listNesting(n * 30)));
                case 8 -> splice(in, bodyStart(in), bodyStart(in), utf8("\n##\n\n## ...\n\n## !!!\n\n#\n\n## \u2014\n\n## ?!\n"));
                case 9 -> splice(in, bodyStart(in), bodyStart(in), utf8("\n## One {#same}\n\n## Two {#same}\n\n## Two\n\n## Two\n"));
                case 10 -> splice(in, bodyStart(in), bodyStart(in), utf8("\n" + "*".repeat(n * 200) + "x" + "*".repeat(n * 200) + "\n"
                        + "[".repeat(n * 200) + "x" + "](term:lora)".repeat(n * 50) + "\n"));
                default -> splice(in, bodyStart(in), bodyStart(in), utf8("\n" + "`".repeat(n * 100) + "\n" + "![](".repeat(n * 50) + "\n"
                        + "&#".repeat(n * 100) + "\n" + "[@".repeat(n * 100) + "\n" + "{{".repeat(n * 100) + "\n"));
            };
        }

        private static String aliasBomb() {
            StringBuilder sb = new StringBuilder("bomb0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
            for (int i = 1; i < 10; i++) {
                sb.append("bomb").append(i).append(": &a").append(i).append(" [");
                for (int j = 0; j < 9; j++) sb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
                sb.append("]\n");
            }
            return sb.toString();
        }

        private static String blockNesting(int depth) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < depth; i++) sb.append("  ".repeat(i)).append("k").append(i).append(":\n");
            return sb.append("  ".repeat(depth)).append("end\n").toString();
        }

        private static String listNesting(int depth) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < depth; i++) sb.append("  ".repeat(i)).append("- item\n");
            return sb.toString();
        }

        private static String table(int rows, int columns) {
            StringBuilder sb = new StringBuilder("\n|");
            for (int c = 0; c < columns; c++) sb.append(" h").append(c).append(" |");
            sb.append("\n|").append("---|".repeat(columns)).append('\n');
            for (int r = 0; r < rows; r++) {
                sb.append('|');
                for (int c = 0; c < columns; c++) sb.append(" [").append(r).append("](term:lora) |");
                sb.append('\n');
            }
            return sb.toString();
        }
    }
}
