/**
 * Flowchart: lays a decision tree out with the Eclipse Layout Kernel's layered algorithm at build
 * time. In: a {@link org.handbook.model.Flowchart}. Out: a {@link Diagram} of boxes, wrapped text
 * lines and orthogonal edge paths in pixels, which the templates draw as SVG; no diagram code
 * runs in the browser.
 */
package org.handbook.flowchart;
