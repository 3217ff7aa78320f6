/** Problems found in the sources, each tied to a file, line and column, printed compiler-style. */
package org.keeptrack.diagnostic;
