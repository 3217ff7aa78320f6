package org.keeptrack.e2e;

import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.keeptrack.build.TestProjects;
import org.keeptrack.config.ProjectLayout;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A site built into a temporary folder, served on the loopback address and opened in Debian's
 * headless Chromium (packages {@code chromium} and {@code chromium-driver}).
 *
 * <p>The browser is started with background networking off; tests read the Performance API to see
 * every file a page loaded.
 */
final class Browser implements AutoCloseable {

  static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
  static final String CHROMEDRIVER =
      System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

  /** How long a test's script may run in the page before the test fails. */
  static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(10);

  final ChromeDriver driver;
  final Path site;
  final Path downloads;

  /** Headers the server adds to every file it serves, as a host may ({@code Cache-Control}). */
  final Map<String, String> headers = new java.util.concurrent.ConcurrentHashMap<>();

  private final HttpServer server;
  private final boolean ownsServer;
  private boolean offline;

  private Browser(Path work, Path site) throws IOException {
    for (String binary : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(Path.of(binary))) {
        throw new AssertionError(
            binary
                + " is missing: the browser tests need Debian's chromium and chromium-driver"
                + " (apt-get install chromium chromium-driver fonts-noto-cjk), or run .ci/run");
      }
    }
    this.site = site;
    // The JDK's server reads its limits once per JVM, at the first server: the preview's tests
    // in this JVM need the preview's limits, which its class sets as it loads.
    try {
      Class.forName(org.keeptrack.serve.PreviewServer.class.getName());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          // The path as the browser asked for it, decoded once: %23 is a file name's #.
          String path = exchange.getRequestURI().getPath();
          Path file = site.resolve(path.substring(1)).normalize();
          if (!file.startsWith(site) || !Files.isRegularFile(file)) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
          }
          byte[] body = Files.readAllBytes(file);
          exchange.getResponseHeaders().set("Content-Type", contentType(file.toString()));
          headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    ownsServer = true;
    downloads = Files.createDirectories(work.resolve("downloads"));
    driver = chromium(work);
  }

  /** A second device on the same site: its own Chromium and profile, so its own storage. */
  private Browser(Browser first, Path work) throws IOException {
    site = first.site;
    server = first.server;
    ownsServer = false;
    downloads = Files.createDirectories(work.resolve("downloads"));
    driver = chromium(work);
  }

  private ChromeDriver chromium(Path work) throws IOException {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--lang=ja",
        "--user-data-dir=" + Files.createDirectories(work.resolve("profile")));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    chrome.manage().timeouts().scriptTimeout(SCRIPT_TIMEOUT);
    chrome.executeCdpCommand(
        "Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    return chrome;
  }

  /** Another phone opening the same site, with a profile of its own in {@code work}. */
  Browser anotherDevice(Path work) throws IOException {
    return new Browser(this, work);
  }

  private static Browser handbook;
  private static final Map<String, Browser> FIXTURES = new java.util.HashMap<>();

  /**
   * The handbook itself, built once per test run, in one Chromium that every test class of the
   * handbook shares (starting one per class cost a second each); it quits when the run ends. Each
   * class starts from {@link #reset}.
   */
  static synchronized Browser handbook() throws IOException {
    if (handbook == null) {
      Path work = Files.createTempDirectory("keeptrack-browser");
      handbook = new Browser(work, TestProjects.handbook().site());
      closeAtExit(handbook, work);
    }
    handbook.reset();
    return handbook;
  }

  /**
   * A fixture site from src/test/resources/sites/, built once per test run in a Chromium that the
   * test classes of that fixture share, as {@link #handbook} does; each class starts from {@link
   * #reset}. A class that stops the server or changes the site starts its own ({@link
   * #startFixture}).
   */
  static synchronized Browser fixture(String name) throws IOException {
    Browser browser = FIXTURES.get(name);
    if (browser == null) {
      Path work = Files.createTempDirectory("keeptrack-" + name);
      browser = startFixture(work, name);
      FIXTURES.put(name, browser);
      closeAtExit(browser, work);
    }
    browser.reset();
    return browser;
  }

  /** Quits a browser shared by several test classes when the test run ends. */
  private static void closeAtExit(Browser browser, Path work) {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  browser.close();
                  try {
                    TestProjects.deleteTree(work);
                  } catch (IOException e) {
                    // A profile left in the temporary folder costs disk space, nothing else.
                  }
                }));
  }

  /**
   * Leaves nothing of an earlier test class: no saved answers or theme, no emulated media or
   * disabled scripts, a phone-sized window, no downloads.
   */
  private void reset() throws IOException {
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
    driver.manage().timeouts().scriptTimeout(SCRIPT_TIMEOUT);
    resize(390, 900);
    open("index.html");
    script("localStorage.clear(); sessionStorage.clear();");
    TestProjects.deleteTree(downloads);
    Files.createDirectories(downloads);
  }

  /** A project made by the test, built into {@code work/site}. */
  static Browser startProject(Path work, Path project) throws IOException {
    Path site = work.resolve("site");
    TestProjects.buildOrFail(
        new ProjectLayout(project, project.resolve("content"), project.resolve("themes"), site));
    return new Browser(work, site);
  }

  /** A fixture site from src/test/resources/sites/, rendered with the project's real theme. */
  static Browser startFixture(Path work, String name) throws IOException {
    Path project = work.resolve("project");
    TestProjects.copyTree(
        TestProjects.SITES.resolve(name).resolve("content"), project.resolve("content"));
    TestProjects.copyTree(Path.of("themes"), project.resolve("themes"));
    return startProject(work, project);
  }

  /** Every page of the built site, by path, sorted. */
  List<String> pages() throws IOException {
    try (java.util.stream.Stream<Path> files = Files.walk(site)) {
      return files
          .filter(f -> f.toString().endsWith(".html"))
          .map(f -> site.relativize(f).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
  }

  void open(String path) {
    driver.get(url(path));
  }

  /** The address of a page of the site opened from disk. */
  String fileUrl(String path) {
    return site.resolve(path).toUri().toString();
  }

  void resize(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  Object script(String code, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(code, args);
  }

  /**
   * Sets a control's value and announces it as a reader's picker does when she chooses: input, then
   * change. Date, time and month inputs take keys in the locale's own order, so tests set them this
   * way.
   */
  void setValue(String id, String value) {
    script(
        "const e = document.getElementById(arguments[0]); e.value = arguments[1];"
            + " e.dispatchEvent(new Event('input', {bubbles: true}));"
            + " e.dispatchEvent(new Event('change', {bubbles: true}));",
        id,
        value);
  }

  /** Waits for a file to finish downloading and returns it. */
  Path download(String name) {
    Path file = downloads.resolve(name);
    // Chromium writes NAME.crdownload and renames it when the download is whole.
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .withMessage(() -> "no download named " + name + " in " + downloads)
        .until(d -> Files.isRegularFile(file));
    return file;
  }

  private static String contentType(String name) {
    if (name.endsWith(".html")) {
      return "text/html; charset=utf-8";
    }
    if (name.endsWith(".css")) {
      return "text/css; charset=utf-8";
    }
    if (name.endsWith(".js")) {
      return "text/javascript; charset=utf-8";
    }
    if (name.endsWith(".svg")) {
      return "image/svg+xml";
    }
    return "application/octet-stream";
  }

  /** The site's server stops answering, as a phone loses its connection. */
  void goOffline() {
    if (!offline && ownsServer) {
      offline = true;
      server.stop(0);
    }
  }

  @Override
  public void close() {
    driver.quit();
    goOffline();
  }
}
