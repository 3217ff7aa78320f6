/** Checks of the sources that warn without stopping the build, such as preferred spellings. */
package org.keeptrack.check;
