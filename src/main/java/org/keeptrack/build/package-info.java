/** Runs the stages in order: the whole build on one screen. */
package org.keeptrack.build;
