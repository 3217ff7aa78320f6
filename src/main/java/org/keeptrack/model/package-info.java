/** The immutable values that flow between the build stages. */
package org.keeptrack.model;
