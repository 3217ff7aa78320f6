/** Puts the pages together into a site: reading order, navigation tree, and link checks. */
package org.keeptrack.assemble;
