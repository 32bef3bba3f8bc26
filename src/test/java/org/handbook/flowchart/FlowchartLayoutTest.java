package org.handbook.flowchart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.handbook.TestSites;
import org.handbook.load.ContentLoader;
import org.handbook.model.Flowchart;
import org.handbook.problem.Problems;
import org.handbook.types.Flowcharts;
import org.handbook.types.Registry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Geometry a reader relies on: boxes apart, edges from box to box around other boxes, text inside its box. */
class FlowchartLayoutTest {

    static Stream<Arguments> flowcharts() throws Exception {
        List<Arguments> all = new ArrayList<>();
        for (Flowchart f : new ContentLoader(TestSites.CONTENT, Registry.standard(), new Problems()).load().items(Flowcharts.TYPE)) all.add(Arguments.of(f.id(), f));
        all.add(Arguments.of("synthetic-60", SyntheticFlowchart.of(60)));
        all.add(Arguments.of("shared-outcomes", SyntheticFlowchart.sharedOutcomes()));
        return all.stream();
    }

    static Map<String, Integer> numbers(Flowchart f) {
        Map<String, Integer> n = new HashMap<>();
        f.nodes().keySet().forEach(id -> n.put(id, n.size() + 1));
        return n;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("flowcharts")
    void boxesDoNotOverlapAndTextFits(String name, Flowchart f) {
        Diagram d = new FlowchartLayout().layout(f, numbers(f), id -> SyntheticFlowchart.VERDICT);
        assertEquals(f.nodes().size(), d.boxes().size());
        for (int i = 0; i < d.boxes().size(); i++) {
            Diagram.Box a = d.boxes().get(i);
            assertTrue(a.x() >= 0 && a.y() >= 0 && a.x() + a.width() <= d.width() && a.y() + a.height() <= d.height(), a.id() + " inside the picture");
            for (int j = i + 1; j < d.boxes().size(); j++) assertFalse(a.overlaps(d.boxes().get(j)), a.id() + " overlaps " + d.boxes().get(j).id());
            TextWrap wrap = new TextWrap(FlowchartLayout.NODE_FONT);
            for (Diagram.Line l : a.lines()) {
                assertTrue(wrap.width(l.text()) <= a.width(), "'" + l.text() + "' fits " + a.id());
                assertTrue(l.y() > a.y() && l.y() < a.y() + a.height(), "line inside " + a.id());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("flowcharts")
    void everyOptionIsAnOrthogonalEdgeFromItsBoxToTheNextAroundOthers(String name, Flowchart f) {
        Diagram d = new FlowchartLayout().layout(f, numbers(f), id -> SyntheticFlowchart.VERDICT);
        Map<String, Diagram.Box> boxes = new LinkedHashMap<>();
        d.boxes().forEach(b -> boxes.put(b.id(), b));
        int options = f.nodes().values().stream().mapToInt(n -> n.options().size()).sum();
        assertEquals(options, d.edges().size(), "one edge per option");
        for (Diagram.Edge e : d.edges()) {
            List<Diagram.Point> p = e.points();
            assertTrue(boxes.get(e.from()).touches(p.get(0)), e + " starts on its question");
            assertTrue(boxes.get(e.to()).touches(p.get(p.size() - 1)), e + " ends on its target");
            for (int i = 1; i < p.size(); i++) {
                Diagram.Point a = p.get(i - 1), b = p.get(i);
                assertTrue(Math.abs(a.x() - b.x()) <= 1 || Math.abs(a.y() - b.y()) <= 1, "orthogonal segment in " + e);
                for (Diagram.Box box : boxes.values()) {
                    if (box.id().equals(e.from()) || box.id().equals(e.to())) continue;
                    assertFalse(crosses(a, b, box), e.from() + "→" + e.to() + " crosses " + box.id());
                }
            }
            Diagram.Label l = e.label();
            for (Diagram.Box box : boxes.values()) {
                Diagram.Box labelBox = Diagram.Box.questionBox("label", 0, l.x(), l.y(), l.width(), l.height(), List.of());
                assertFalse(labelBox.overlaps(box), "label of " + e.from() + "→" + e.to() + " on " + box.id());
            }
        }
    }

    /** Whether an axis-parallel segment passes through a box's inside (its border shrunk by 2 px). */
    static boolean crosses(Diagram.Point a, Diagram.Point b, Diagram.Box box) {
        int minX = Math.min(a.x(), b.x()), maxX = Math.max(a.x(), b.x());
        int minY = Math.min(a.y(), b.y()), maxY = Math.max(a.y(), b.y());
        return maxX > box.x() + 2 && minX < box.x() + box.width() - 2 && maxY > box.y() + 2 && minY < box.y() + box.height() - 2;
    }
}
