/**
 * Reads YAML into plain values that remember where they were written, so that every later check can
 * point at the exact line and column.
 */
package org.keeptrack.yaml;
