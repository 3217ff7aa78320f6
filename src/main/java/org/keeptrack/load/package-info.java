/** Finds the source files: Markdown pages and the files copied as they are. */
package org.keeptrack.load;
