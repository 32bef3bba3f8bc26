/**
 * Problems found in content: every stage reports into a {@link org.handbook.problem.Problems}
 * collector instead of throwing at the first, so one run lists them all. Bottom of the package
 * graph: imports nothing of ours.
 */
package org.handbook.problem;
