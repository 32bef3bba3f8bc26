/**
 * Serve: the development server. Binds to loopback only, answers only requests addressed to
 * localhost, never serves a file outside the output folder, rebuilds when content or templates
 * change and tells open pages to reload over server-sent events.
 */
package org.handbook.serve;
