/**
 * The build's check of its own output, before anything is written: every address resolves to a file
 * the build writes, and no id is given twice on a page with its parts in place.
 */
package org.keeptrack.verify;
