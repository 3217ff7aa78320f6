/** Builds the search index that ships with the site, tokenising Japanese text on purpose. */
package org.keeptrack.search;
