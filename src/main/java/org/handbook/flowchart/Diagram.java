package org.handbook.flowchart;

import java.util.List;

/**
 * A laid-out flowchart in whole pixels, top to bottom: what the SVG template draws. Kept apart
 * from ELK's graph so templates and tests read plain records.
 */
public record Diagram(int width, int height, List<Box> boxes, List<Edge> edges) {

    /**
     * A node's box with its text lines. An outcome's lines end with its verdict (from line
     * {@code verdictLine}, in the verdict's {@code colour}) and, when it has one, the verdict its
     * measurement would lead to (in {@code measuredColour}); a question has neither.
     */
    public record Box(String id, int number, boolean outcome, String colour, String measuredColour, int verdictLine,
                      int x, int y, int width, int height, List<Line> lines) {
        public static Box questionBox(String id, int number, int x, int y, int width, int height, List<Line> lines) {
            return new Box(id, number, false, null, null, -1, x, y, width, height, lines);
        }

        public static Box outcomeBox(String id, int number, String colour, String measuredColour, int verdictLine,
                                  int x, int y, int width, int height, List<Line> lines) {
            return new Box(id, number, true, colour, measuredColour, verdictLine, x, y, width, height, lines);
        }

        public boolean overlaps(Box o) {
            return x < o.x + o.width && o.x < x + width && y < o.y + o.height && o.y < y + height;
        }

        public boolean touches(Point p) {
            return p.x() >= x - 1 && p.x() <= x + width + 1 && p.y() >= y - 1 && p.y() <= y + height + 1;
        }
    }

    /** The edge for option {@code option} (0-based) of node {@code from}, as a polyline, with its label. */
    public record Edge(String from, String to, int option, List<Point> points, Label label) {
        /** The SVG path data of the polyline. */
        public String path() {
            StringBuilder d = new StringBuilder();
            for (Point p : points) d.append(d.isEmpty() ? "M" : " L").append(p.x()).append(',').append(p.y());
            return d.toString();
        }
    }

    /** An edge label's box and lines. */
    public record Label(int x, int y, int width, int height, List<Line> lines) {
    }

    /** One line of text, centred on {@code x} with its baseline at {@code y}. */
    public record Line(int x, int y, String text) {
    }

    /** A point in pixels. */
    public record Point(int x, int y) {
    }
}
