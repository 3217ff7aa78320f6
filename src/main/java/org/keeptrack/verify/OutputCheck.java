package org.keeptrack.verify;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.keeptrack.config.ProjectLayout;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Message;
import org.keeptrack.diagnostic.SourcePosition;
import org.keeptrack.diagnostic.Text;
import org.keeptrack.model.Heading;
import org.keeptrack.model.Link;
import org.keeptrack.model.LinkTarget;
import org.keeptrack.model.OutputFile;
import org.keeptrack.model.Page;
import org.keeptrack.model.SiteOutput;
import org.keeptrack.model.StaticFile;
import org.keeptrack.render.OfflineFiles;
import org.keeptrack.render.ThemeRenderer;
import org.keeptrack.text.StartTags;

/**
 * Checks what a build made before anything is written: every relative {@code href} and {@code src}
 * of every rendered document (pages, printable pages, the markup of parts loaded on request) and
 * every file {@code sw.js} keeps must name a file of this build, inside the site; and a page with
 * its parts in place must not give one id twice. Anything else is a fault of the generator or the
 * theme, which the sources cannot show; a heading whose id something else on its page also has is
 * the page's own, and is reported at its line.
 *
 * <p>Each document is read once, on the renderer's threads as it is made, and forgotten. What is
 * kept grows with the files addressed, not with the links: an address is resolved once per folder,
 * and a fault of the theme, which every page would repeat, is reported once, at the first document
 * by name.
 */
public final class OutputCheck {

  /** What {@link #resolved} holds for an address that is not a file of the site at all. */
  private static final String NOT_A_FILE = "\0not a file";

  /** What {@link #resolved} holds for an address that leaves the site. */
  private static final String OUTSIDE = "\0outside";

  private final ProjectLayout layout;
  private final Map<String, List<Heading>> headings = new HashMap<>();

  /** The files rendered, as they went by. */
  private final Set<String> rendered = ConcurrentHashMap.newKeySet();

  /** Each address as resolved, by the folder it is read from. */
  private final Map<String, Map<String, String>> resolved = new ConcurrentHashMap<>();

  /** Every file addressed, with the first document (by name) that addresses it. */
  private final Map<String, Reference> addressed = new ConcurrentHashMap<>();

  /** Every address that leaves the site, with the first document that has it. */
  private final Map<String, Reference> outside = new ConcurrentHashMap<>();

  /** Every id a page gives twice, with the first page that does. */
  private final Map<String, Reference> twice = new ConcurrentHashMap<>();

  /** The ids of each page's parts, by the page's path, until the page itself goes by. */
  private final Map<String, Map<String, String>> partIds = new ConcurrentHashMap<>();

  /** Headings whose id something else on their page has. */
  private final Queue<Fault> headingFaults = new ConcurrentLinkedQueue<>();

  /**
   * @param pages the site's pages, among whose headings an id given twice is looked for
   */
  public OutputCheck(List<Page> pages, ProjectLayout layout) {
    this.layout = layout;
    for (Page page : pages) {
      headings.put(page.outputPath(), page.headings());
    }
  }

  /** Where something is found: the document, and what it has there (an address, an id). */
  private record Reference(String file, String value) {
    static final Comparator<Reference> ORDER =
        Comparator.comparing(Reference::file).thenComparing(Reference::value);

    static Reference first(Reference a, Reference b) {
      return ORDER.compare(a, b) <= 0 ? a : b;
    }
  }

  /** A problem found while the documents went by, reported once all of them did. */
  private record Fault(SourcePosition at, Text message, String got, Text hint) {}

  /**
   * Passes every file the renderer makes on to {@code next}, reading each document as it goes. The
   * renderer hands a page's parts on before the page, so the page meets its parts' ids.
   */
  public SiteOutput noting(SiteOutput next) {
    return new SiteOutput() {
      @Override
      public void accept(OutputFile file) {
        read(file);
        next.accept(file);
      }

      @Override
      public void acceptDocument(OutputFile file, String text) {
        // The text the bytes were encoded from: they differ only where the text holds half of a
        // surrogate pair, which encodes as '?', in no id or address a template writes.
        if (file.path().endsWith(".html")) {
          readPage(file.path(), text);
        } else {
          read(file);
        }
        next.acceptDocument(file, text);
      }

      @Override
      public void unchanged(String path) {
        rendered.add(path);
        next.unchanged(path);
      }
    };
  }

  private void read(OutputFile file) {
    String path = file.path();
    if (path.endsWith(".html")) {
      readPage(path, new String(file.content(), StandardCharsets.UTF_8));
      return;
    }
    rendered.add(path);
    Optional<String> markup = ThemeRenderer.partMarkup(file);
    if (markup.isPresent()) {
      // The markup goes into the page, which is beside the part: its addresses read the same.
      String page = pageOf(path);
      Map<String, String> all = partIds.computeIfAbsent(page, p -> new ConcurrentHashMap<>());
      for (String id : documentIds(markup.get(), path)) {
        if (all.putIfAbsent(id, path) != null) {
          sameId(page, id, path);
        }
      }
    }
  }

  /** Reads the page {@code html} at {@code path}, which meets the ids of its parts. */
  private void readPage(String path, String html) {
    rendered.add(path);
    Set<String> ids = documentIds(html, path);
    Map<String, String> theirs = partIds.remove(path);
    if (theirs != null) {
      theirs.forEach(
          (id, part) -> {
            if (ids.contains(id)) {
              sameId(path, id, part);
            }
          });
    }
  }

  /** The ids of the document {@code html}, at {@code path}; its addresses are noted on the way. */
  private Set<String> documentIds(String html, String path) {
    String folder = path.substring(0, path.lastIndexOf('/') + 1);
    Set<String> ids = new HashSet<>();
    StartTags.scan(
        html,
        tag -> {
          if (tag.id() != null && !tag.id().isEmpty() && !ids.add(tag.id())) {
            sameId(path, tag.id(), path);
          }
          if (tag.href() != null) {
            address(path, folder, tag.href());
          }
          if (tag.src() != null) {
            address(path, folder, tag.src());
          }
        });
    return ids;
  }

  private void address(String file, String folder, String address) {
    if (address.isEmpty() || address.charAt(0) == '#' || hasScheme(address)) {
      return;
    }
    // Found by folder, then by address: no key made for every link of every page.
    String target =
        resolved
            .computeIfAbsent(folder, f -> new ConcurrentHashMap<>())
            .computeIfAbsent(address, a -> target(folder, a));
    if (target == OUTSIDE) {
      outside.merge(address, new Reference(file, address), Reference::first);
    } else if (target != NOT_A_FILE) {
      Reference known = addressed.get(target);
      // Most addresses were seen before, from a document that comes first: nothing to note.
      if (known == null || file.compareTo(known.file()) <= 0) {
        addressed.merge(target, new Reference(file, address), Reference::first);
      }
    }
  }

  /**
   * Whether {@code address} starts with a scheme ({@code https:}, {@code mailto:}, {@code data:}):
   * other hosts and inline data are the Content-Security-Policy's business, not files of the site.
   */
  private static boolean hasScheme(String address) {
    for (int i = 0; i < address.length(); i++) {
      char c = address.charAt(i);
      if (c == ':') {
        return i > 0;
      }
      if (c == '/' || c == '?' || c == '#' || c == '\\') {
        return false;
      }
    }
    return false;
  }

  /**
   * The file {@code address} names from {@code folder}, {@link #OUTSIDE} or {@link #NOT_A_FILE}.
   */
  private static String target(String folder, String address) {
    // A path from the root, or from another host's, is outside the site wherever it is served
    // from, and when it is opened from disk.
    if (address.startsWith("/") || address.startsWith("\\")) {
      return OUTSIDE;
    }
    Link link = Link.of(address, false, SourcePosition.startOf(folder), folder + "-");
    LinkTarget target = link.target();
    if (target.kind() != LinkTarget.Kind.PAGE && target.kind() != LinkTarget.Kind.FILE) {
      // Only this document itself (a query), or a scheme hidden by control characters.
      return NOT_A_FILE;
    }
    Optional<String> path = link.path();
    if (path.isEmpty()) {
      return OUTSIDE;
    }
    // A folder is served as its index.html.
    return path.get().isEmpty()
        ? "index.html"
        : target.path().endsWith("/") ? path.get() + "/index.html" : path.get();
  }

  /**
   * Reports what the documents showed, and every address that names a file the build does not
   * write, given the files the build makes besides the rendered ones and those it copies.
   */
  public void check(List<OutputFile> generated, List<StaticFile> copied, Diagnostics diagnostics) {
    Set<String> written = new HashSet<>(rendered);
    generated.forEach(file -> written.add(file.path()));
    copied.forEach(file -> written.add(file.outputPath()));
    List<Fault> faults = new ArrayList<>(headingFaults);
    for (OutputFile file : generated) {
      if (file.path().equals(OfflineFiles.WORKER)) {
        // The worker's addresses are encoded and relative to the root, as a page's would be.
        for (String kept : OfflineFiles.precacheOf(file.content())) {
          if (!written.contains(target("", kept))) {
            faults.add(fault(file.path(), Message.BUILD_OUTPUT_ADDRESS_NOT_WRITTEN, kept));
          }
        }
      }
    }
    addressed.forEach(
        (path, from) -> {
          if (!written.contains(path)) {
            faults.add(fault(from.file(), Message.BUILD_OUTPUT_ADDRESS_NOT_WRITTEN, from.value()));
          }
        });
    outside
        .values()
        .forEach(
            from ->
                faults.add(
                    fault(from.file(), Message.BUILD_OUTPUT_ADDRESS_OUTSIDE_SITE, from.value())));
    twice
        .values()
        .forEach(
            from -> faults.add(fault(from.file(), Message.BUILD_OUTPUT_ID_TWICE, from.value())));
    faults.sort(
        Comparator.comparing((Fault f) -> f.at().toString()).thenComparing(f -> f.message().en()));
    faults.forEach(f -> diagnostics.error(f.at(), f.message(), f.got(), f.hint()));
  }

  /** A fault of the generator or the theme in {@code file}, at the start of that output file. */
  private Fault fault(String file, Message message, String value) {
    return new Fault(
        SourcePosition.startOf(layout.display(layout.output().resolve(file))),
        message.formatted(file, value),
        "",
        Message.BUILD_OUTPUT_FAULT_NOT_YOUR_PAGES.text());
  }

  /**
   * An id given twice on {@code page} (or a printable page), once in {@code other}, the page itself
   * or one of its parts: the page's own doing when one of its headings has it (a heading whose
   * words make the id of a sheet's heading, say), else the theme's.
   */
  private void sameId(String page, String id, String other) {
    for (Heading heading : headings.getOrDefault(page, List.of())) {
      if (heading.id().equals(id)) {
        headingFaults.add(
            new Fault(
                heading.position(),
                Message.BUILD_HEADING_ID_TAKEN.formatted(id, other),
                heading.text(),
                Message.BUILD_REWORD_HEADING.text()));
        return;
      }
    }
    twice.merge(id, new Reference(page, id), Reference::first);
  }

  /** The page a part {@code PAGE.NAME.js} belongs to: {@code PAGE.html}. */
  private static String pageOf(String part) {
    String withoutJs = part.substring(0, part.length() - ".js".length());
    return withoutJs.substring(0, withoutJs.lastIndexOf('.')) + ".html";
  }
}
