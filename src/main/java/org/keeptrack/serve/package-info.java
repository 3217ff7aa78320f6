/** The live preview: serves the built site on the loopback address and rebuilds on every save. */
package org.keeptrack.serve;
