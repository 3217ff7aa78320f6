/** Turns a source file into a page: front matter, Markdown body, headings and links. */
package org.keeptrack.parse;
