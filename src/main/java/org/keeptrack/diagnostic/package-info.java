/**
 * Problems found in the sources, each tied to a file, line and column, printed compiler-style, and
 * the catalog of every message in English and Japanese ({@link org.keeptrack.diagnostic.Message}).
 */
package org.keeptrack.diagnostic;
