/** Writes the finished site atomically: all of it, or nothing. */
package org.keeptrack.write;
