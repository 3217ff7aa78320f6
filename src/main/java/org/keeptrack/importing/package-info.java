/**
 * Rewrites pages written for another generator (VitePress, mdBook, GitHub) in place, into the
 * handbook's forms, and says what it changed: {@code keeptrack import}.
 */
package org.keeptrack.importing;
