package org.keeptrack.model;

import java.util.Optional;
import org.keeptrack.diagnostic.SourcePosition;

/**
 * A link or image as the author wrote it, resolved once, where it is read: every later stage (the
 * link checker, the pages, the printable book) asks this record and never reads the address again.
 *
 * @param written the destination after entity and escape decoding, for messages
 * @param image whether it is an image, which must name a file rather than a page
 * @param target what the destination points at
 * @param path for a page or a file, its path inside content/; empty for other kinds, and when
 *     {@code ..} would leave content/
 */
public record Link(
    String written,
    boolean image,
    SourcePosition position,
    LinkTarget target,
    Optional<String> path) {

  /**
   * The one place an address is resolved: {@code written} at {@code position}, in the file at
   * {@code from} (a path inside content/, or of the site for an address of the output).
   */
  public static Link of(String written, boolean image, SourcePosition position, String from) {
    LinkTarget target = LinkTarget.of(written);
    boolean local = target.kind() == LinkTarget.Kind.PAGE || target.kind() == LinkTarget.Kind.FILE;
    return new Link(
        written, image, position, target, local ? target.resolveFrom(from) : Optional.empty());
  }

  /**
   * A link written in a page at {@code from}: read as {@link #of} reads it, after putting forms
   * that other generators accept into the handbook's ({@link LinkForms}); {@code written} stays as
   * written, for messages.
   */
  public static Link inPage(String written, boolean image, SourcePosition position, String from) {
    Link link = of(LinkForms.handbookForm(written, from, image), image, position, from);
    return new Link(written, image, position, link.target(), link.path());
  }

  /**
   * The path of the file that {@code address}, an address of the site's output in the file at
   * {@code from}, names inside the site; empty for another kind of address, or one that leaves it.
   */
  public static Optional<String> fileOf(String address, String from) {
    return of(address, false, SourcePosition.startOf(from), from).path();
  }

  /** The content path of the page or file, with its {@code #fragment}, if any. */
  public Optional<String> pathWithFragment() {
    return path.map(p -> p + target.fragmentWithHash());
  }
}
