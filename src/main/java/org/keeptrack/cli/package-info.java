/** The command line: {@code mvn generate-site} runs {@link org.keeptrack.cli.Main}. */
package org.keeptrack.cli;
