package org.keeptrack.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32C;
import org.keeptrack.config.ProjectLayout;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Message;
import org.keeptrack.diagnostic.SourcePosition;
import org.keeptrack.json.Json;
import org.keeptrack.model.OutputFile;
import org.keeptrack.model.Site;
import org.keeptrack.model.SiteOutput;
import org.keeptrack.model.StaticFile;
import org.keeptrack.model.UrlPath;

/**
 * What lets the site install to a phone's home screen and work offline: {@code
 * manifest.webmanifest}, and {@code sw.js}, the theme's {@code service-worker.js} behind this
 * build's version and the files to keep at once. Made only when the theme has that script, and only
 * at the site's root, the one place whose worker may serve the whole site.
 */
public final class OfflineFiles {

  public static final String WORKER = "sw.js";
  public static final String MANIFEST = "manifest.webmanifest";

  /** The theme's script, beside its templates and assets (not in assets/, which is copied). */
  public static final String WORKER_SOURCE = "service-worker.js";

  /**
   * Up to this many pages, the first visit keeps the whole site (the handbook is under 1 MB); a
   * larger site keeps its home page and theme at once, and each page as it is read.
   */
  static final int KEEP_WHOLE_SITE_UP_TO = 60;

  private static final String PRECACHE = "var PRECACHE = ";

  private final Map<String, String> fingerprints = new ConcurrentHashMap<>();

  /**
   * Passes every page on to {@code next}, noting a fingerprint of each (pages are not kept in
   * memory; {@link #files} fingerprints the other files): the worker's version is made of every
   * file, so that it changes exactly when one does.
   */
  public SiteOutput noting(SiteOutput next) {
    return new SiteOutput() {
      @Override
      public void accept(OutputFile file) {
        note(file);
        next.accept(file);
      }

      @Override
      public void acceptDocument(OutputFile file, String text) {
        note(file);
        next.acceptDocument(file, text);
      }

      @Override
      public void unchanged(String path) {
        next.unchanged(path);
      }
    };
  }

  private void note(OutputFile file) {
    fingerprints.put(file.path(), fingerprint(file.content()));
  }

  /**
   * The two files, once every page has gone through {@link #noting}, given the other files the
   * build makes and copies; none without a worker, or when the worker is a link (reported: a link
   * could publish any file of the machine that builds).
   */
  public List<OutputFile> files(
      Site site,
      Path theme,
      List<OutputFile> generated,
      List<StaticFile> copied,
      ProjectLayout layout,
      Diagnostics diagnostics)
      throws IOException {
    Path source = theme.resolve(WORKER_SOURCE);
    if (Files.isSymbolicLink(source)) {
      diagnostics.error(
          SourcePosition.startOf(layout.display(source)),
          Message.THEME_SERVICE_WORKER_LINK_ANOTHER_FILE.text(),
          "",
          Message.THEME_REPLACE_LINK_SCRIPT_ITSELF.text());
      return List.of();
    }
    if (!Files.isRegularFile(source)) {
      return List.of();
    }
    for (OutputFile file : generated) {
      fingerprints.put(file.path(), fingerprint(file.content()));
    }
    for (StaticFile file : copied) {
      fingerprints.put(file.outputPath(), fingerprint(Files.readAllBytes(file.source())));
    }
    byte[] manifest = manifest(site).getBytes(StandardCharsets.UTF_8);
    fingerprints.put(MANIFEST, fingerprint(manifest));
    Map<String, String> sorted = new TreeMap<>(fingerprints);
    String worker =
        "var VERSION = "
            + Json.write(version(sorted))
            + ";\n"
            + PRECACHE
            + Json.write(precache(site, sorted.keySet()))
            + ";\n"
            + Files.readString(source, StandardCharsets.UTF_8);
    return List.of(
        new OutputFile(MANIFEST, manifest),
        new OutputFile(WORKER, worker.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The addresses {@code worker}, a {@link #WORKER} as {@link #files} writes it, keeps at the first
   * visit (encoded, as in the file).
   */
  public static List<String> precacheOf(byte[] worker) {
    String text = new String(worker, StandardCharsets.UTF_8);
    int at = text.indexOf(PRECACHE);
    return at < 0 ? List.of() : Json.readStrings(text.substring(at + PRECACHE.length()));
  }

  /**
   * The addresses to keep at once, relative to the site's root and encoded as every address of the
   * build is: a file named {@code a#b.png} is fetched as {@code a%23b.png}, not as {@code a}.
   */
  private static List<String> precache(Site site, Set<String> paths) {
    boolean small = site.pages().size() <= KEEP_WHOLE_SITE_UP_TO;
    String home = site.home();
    return paths.stream()
        .filter(
            path ->
                small
                    || path.equals(home)
                    || path.equals("404.html")
                    || path.startsWith("assets/") && !path.startsWith("assets/search"))
        .map(UrlPath::encode)
        .toList();
  }

  private static String manifest(Site site) {
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("name", site.config().title());
    if (!site.config().description().isEmpty()) {
      manifest.put("description", site.config().description());
    }
    manifest.put("lang", site.config().language());
    manifest.put(
        "start_url", site.home().equals("index.html") ? "./" : UrlPath.encode(site.home()));
    manifest.put("scope", "./");
    manifest.put("display", "standalone");
    manifest.put("background_color", "#ffffff");
    manifest.put("theme_color", "#0b6e69");
    manifest.put("icons", List.of(icon(192), icon(512)));
    return Json.write(manifest) + "\n";
  }

  private static Map<String, Object> icon(int size) {
    Map<String, Object> icon = new LinkedHashMap<>();
    icon.put("src", iconPath(size));
    icon.put("sizes", size + "x" + size);
    icon.put("type", "image/png");
    icon.put("purpose", "any maskable");
    return icon;
  }

  private static String iconPath(int size) {
    return "assets/icon-" + size + ".png";
  }

  private static String fingerprint(byte[] bytes) {
    CRC32C crc = new CRC32C();
    crc.update(bytes);
    return Long.toHexString(crc.getValue()) + ":" + bytes.length;
  }

  private static String version(Map<String, String> sorted) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      sorted.forEach(
          (path, print) ->
              digest.update((path + " " + print + "\n").getBytes(StandardCharsets.UTF_8)));
      return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
