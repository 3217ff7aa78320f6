/** Reads the site configuration, {@code content/handbook.yaml}, and the project's folder layout. */
package org.keeptrack.config;
