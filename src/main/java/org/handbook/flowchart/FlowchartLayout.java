package org.handbook.flowchart;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.FixedAlignment;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.handbook.model.Flowchart;
import org.handbook.model.Verdict;

/**
 * Lays a flowchart out top to bottom with ELK's layered algorithm: questions and outcomes as
 * boxes sized to their wrapped text, option labels placed on their edges by the algorithm
 * itself (so they never sit on a node), edges routed orthogonally around the boxes.
 */
public final class FlowchartLayout {
    static final double NODE_FONT = 14;
    static final double LABEL_FONT = 12.5;
    private static final double NODE_TEXT_WIDTH = 190;
    private static final double LABEL_TEXT_WIDTH = 130;
    private static final double NODE_LINE = 19;
    private static final double LABEL_LINE = 16;
    private static final double PAD_X = 14;
    private static final double PAD_Y = 12;
    private static final double MARGIN = 12;
    /** Bold glyphs run about a tenth wider; the verdict line is bold. */
    private static final double BOLD = 1.12;

    static {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private final TextWrap nodeText = new TextWrap(NODE_FONT);
    private final TextWrap labelText = new TextWrap(LABEL_FONT);

    /**
     * The diagram of {@code f}, its nodes numbered as {@code numbers} says (the decision table's
     * numbers), its outcomes' verdicts as {@code verdicts} declares them.
     */
    public Diagram layout(Flowchart f, Map<String, Integer> numbers, Function<String, Verdict> verdicts) {
        ElkNode graph = ElkGraphUtil.createGraph();
        graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        graph.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        graph.setProperty(CoreOptions.PADDING, new ElkPadding(MARGIN));
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE, 28.0);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 30.0);
        graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 14.0);
        graph.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 4.0);
        graph.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 14.0);
        graph.setProperty(LayeredOptions.SPACING_EDGE_NODE, 14.0);
        // keep options left to right in the order the file lists them, as the decision table does
        graph.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        // a question sits centred over its answers rather than above its first or last one
        graph.setProperty(LayeredOptions.NODE_PLACEMENT_BK_FIXED_ALIGNMENT, FixedAlignment.BALANCED);

        Map<String, ElkNode> elkNodes = new HashMap<>();
        Map<String, List<String>> texts = new HashMap<>();
        for (Flowchart.Node n : f.nodes().values()) {
            List<String> lines = new ArrayList<>(nodeText.lines(numbers.get(n.id()) + ". " + (n.isOutcome() ? n.outcome() : n.question()), NODE_TEXT_WIDTH));
            double boldWidth = 0;
            if (n.isOutcome()) {
                // the verdict, and the one a measurement would lead to, each a bold line of its own
                for (String v : verdictLines(n, verdicts)) {
                    lines.add(v);
                    boldWidth = Math.max(boldWidth, nodeText.width(v) * BOLD);
                }
            }
            ElkNode node = ElkGraphUtil.createNode(graph);
            node.setIdentifier(n.id());
            node.setDimensions(Math.ceil(Math.max(nodeText.widest(lines), boldWidth) + 2 * PAD_X), Math.ceil(lines.size() * NODE_LINE + 2 * PAD_Y));
            elkNodes.put(n.id(), node);
            texts.put(n.id(), lines);
        }
        record Pending(String from, String to, int option, ElkEdge edge, List<String> label) { }
        List<Pending> pending = new ArrayList<>();
        for (Flowchart.Node n : f.nodes().values()) {
            for (int i = 0; i < n.options().size(); i++) {
                Flowchart.Option o = n.options().get(i);
                ElkNode target = elkNodes.get(o.next());
                if (target == null) continue;
                ElkEdge edge = ElkGraphUtil.createSimpleEdge(elkNodes.get(n.id()), target);
                List<String> lines = labelText.lines(o.label(), LABEL_TEXT_WIDTH);
                ElkLabel label = ElkGraphUtil.createLabel(o.label(), edge);
                label.setDimensions(Math.ceil(labelText.widest(lines) + 8), Math.ceil(lines.size() * LABEL_LINE + 4));
                label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
                pending.add(new Pending(n.id(), o.next(), i, edge, lines));
            }
        }

        new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());

        List<Diagram.Box> boxes = new ArrayList<>();
        for (Flowchart.Node n : f.nodes().values()) {
            ElkNode node = elkNodes.get(n.id());
            int x = round(node.getX()), y = round(node.getY()), w = round(node.getWidth()), h = round(node.getHeight());
            List<String> lines = texts.get(n.id());
            Diagram.Box box = n.isOutcome()
                    ? Diagram.Box.outcomeBox(n.id(), numbers.get(n.id()), verdicts.apply(n.verdict()).colour(),
                            n.ifMeasured() == null ? null : verdicts.apply(n.ifMeasured().verdict()).colour(),
                            lines.size() - verdictLines(n, verdicts).size(), x, y, w, h, centred(lines, x + w / 2.0, y + PAD_Y, NODE_LINE, NODE_FONT))
                    : Diagram.Box.questionBox(n.id(), numbers.get(n.id()), x, y, w, h, centred(lines, x + w / 2.0, y + PAD_Y, NODE_LINE, NODE_FONT));
            boxes.add(box);
        }
        List<Diagram.Edge> edges = new ArrayList<>();
        for (Pending p : pending) {
            ElkEdgeSection s = p.edge().getSections().get(0);
            List<Diagram.Point> points = new ArrayList<>();
            points.add(point(s.getStartX(), s.getStartY()));
            for (ElkBendPoint b : s.getBendPoints()) points.add(point(b.getX(), b.getY()));
            points.add(point(s.getEndX(), s.getEndY()));
            ElkLabel l = p.edge().getLabels().get(0);
            int lx = round(l.getX()), ly = round(l.getY()), lw = round(l.getWidth()), lh = round(l.getHeight());
            edges.add(new Diagram.Edge(p.from(), p.to(), p.option(), List.copyOf(points),
                    new Diagram.Label(lx, ly, lw, lh, centred(p.label(), lx + lw / 2.0, ly + 2, LABEL_LINE, LABEL_FONT))));
        }
        return new Diagram(round(graph.getWidth()), round(graph.getHeight()), List.copyOf(boxes), List.copyOf(edges));
    }

    /** An outcome's verdict lines: today's verdict, then the one its measurement would lead to ("Fine-tune if the measurement holds"). */
    private static List<String> verdictLines(Flowchart.Node n, Function<String, Verdict> verdicts) {
        String today = verdicts.apply(n.verdict()).label();
        return n.ifMeasured() == null ? List.of(today) : List.of(today, verdicts.apply(n.ifMeasured().verdict()).ifMeasuredLabel());
    }

    private static List<Diagram.Line> centred(List<String> lines, double cx, double top, double lineHeight, double font) {
        List<Diagram.Line> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            // baseline: the line box's top plus the font's ascent (about 0.8 em) and half the leading
            out.add(new Diagram.Line(round(cx), round(top + i * lineHeight + (lineHeight - font) / 2 + font * 0.8), lines.get(i)));
        }
        return List.copyOf(out);
    }

    private static Diagram.Point point(double x, double y) {
        return new Diagram.Point(round(x), round(y));
    }

    private static int round(double v) {
        return (int) Math.round(v);
    }
}
