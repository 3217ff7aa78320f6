package org.keeptrack.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.MutableCapabilities;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.openqa.selenium.remote.http.ClientConfig;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * Safari's engine on Linux: Debian's WebKitGTK MiniBrowser (package {@code libwebkit2gtk-4.1-0}),
 * driven through its own WebDriver server (package {@code webkit2gtk-driver}) in an Xvfb display
 * (package {@code xvfb}) that this class starts, since WebKitGTK's MiniBrowser has no headless
 * mode.
 *
 * <p>Selenium has no WebKitGTK driver on Maven Central, so this starts {@code WebKitWebDriver} on a
 * free port and connects a {@link RemoteWebDriver} with the {@code webkitgtk:browserOptions}
 * capability. MiniBrowser in automation mode keeps its storage in memory, so every device starts
 * empty and forgets everything when it quits. The pages come from a server the test owns (for
 * example a {@link Browser}'s); this class only opens addresses.
 */
final class WebKitBrowser implements AutoCloseable {

  static final String DRIVER = System.getProperty("webkit.driver", "/usr/bin/WebKitWebDriver");
  static final String XVFB = System.getProperty("xvfb.binary", "/usr/bin/Xvfb");
  private static final String INSTALL =
      " (apt-get install webkit2gtk-driver xvfb, which brings libwebkit2gtk-4.1-0 and its"
          + " MiniBrowser), or run .ci/run";

  /** How long a slow, busy machine may take to start a display, a driver or a browser. */
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  final RemoteWebDriver driver;

  /** The Xvfb this device started, or null for another device in the same display. */
  private final Process xvfb;

  private final String display;
  private final Process webDriver;
  private final Path log;

  private WebKitBrowser(Process xvfb, String display, Path work) throws IOException {
    this.xvfb = xvfb;
    this.display = display;
    Files.createDirectories(work);
    log = work.resolve("webkitwebdriver.log");
    int port = freePort();
    ProcessBuilder builder =
        new ProcessBuilder(DRIVER, "--port=" + port)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.put("DISPLAY", display);
    env.put("GDK_BACKEND", "x11");
    // Xvfb has no GPU: WebKit draws in software, as on a machine without one.
    env.put("WEBKIT_DISABLE_COMPOSITING_MODE", "1");
    env.put("LIBGL_ALWAYS_SOFTWARE", "1");
    webDriver = builder.start();
    try {
      awaitStatus(port);
      driver = session(port);
    } catch (RuntimeException e) {
      webDriver.destroyForcibly();
      throw new AssertionError("WebKit did not start; WebKitWebDriver said:\n" + driverLog(), e);
    }
    driver.manage().timeouts().scriptTimeout(Browser.SCRIPT_TIMEOUT);
  }

  /** A phone with Safari's engine, in a display of its own, with empty storage. */
  static WebKitBrowser start(Path work) throws IOException {
    String miniBrowser = miniBrowser();
    for (String binary : List.of(DRIVER, XVFB, miniBrowser)) {
      if (!Files.isExecutable(Path.of(binary))) {
        throw new AssertionError(
            binary + " is missing: the WebKit browser tests need Debian's WebKitGTK" + INSTALL);
      }
    }
    Process xvfb =
        new ProcessBuilder(
                XVFB, "-displayfd", "1", "-nolisten", "tcp", "-screen", "0", "1280x1024x24")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      return new WebKitBrowser(xvfb, ":" + displayNumber(xvfb), work);
    } catch (IOException | RuntimeException | Error e) {
      xvfb.destroyForcibly();
      throw e;
    }
  }

  /**
   * Another phone with Safari's engine: its own driver and browser, so its own storage, in the same
   * display.
   */
  WebKitBrowser anotherDevice(Path work) throws IOException {
    return new WebKitBrowser(null, display, work);
  }

  /**
   * MiniBrowser sits in the library's folder, whose name holds the machine's architecture
   * (x86_64-linux-gnu, aarch64-linux-gnu…).
   */
  static String miniBrowser() throws IOException {
    String chosen = System.getProperty("webkit.minibrowser");
    if (chosen != null) {
      return chosen;
    }
    try (Stream<Path> libraries = Files.list(Path.of("/usr/lib"))) {
      return libraries
          .map(folder -> folder.resolve("webkit2gtk-4.1/MiniBrowser"))
          .filter(Files::isExecutable)
          .findFirst()
          .orElse(Path.of("/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser"))
          .toString();
    }
  }

  /** Xvfb picks a free display itself and writes its number on the descriptor it is given. */
  private static String displayNumber(Process xvfb) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.US_ASCII));
    CompletableFuture<String> line =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return out.readLine();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    try {
      String number = line.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      if (number == null || !number.strip().matches("\\d+")) {
        throw new AssertionError("Xvfb did not start a display: " + number);
      }
      return number.strip();
    } catch (InterruptedException | ExecutionException | TimeoutException e) {
      throw new AssertionError("Xvfb did not start a display within " + START_TIMEOUT, e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** WebKitWebDriver answers {@code /status} once it listens. */
  private void awaitStatus(int port) {
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest status =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/status"))
            .timeout(Duration.ofSeconds(5))
            .build();
    new FluentWait<>(client)
        .withTimeout(START_TIMEOUT)
        .pollingEvery(Duration.ofMillis(100))
        .withMessage(() -> "WebKitWebDriver did not answer on port " + port)
        .until(
            c -> {
              if (!webDriver.isAlive()) {
                throw new IllegalStateException("WebKitWebDriver stopped");
              }
              try {
                return c.send(status, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
              } catch (IOException e) {
                return false;
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
              }
            });
  }

  private RemoteWebDriver session(int port) {
    MutableCapabilities capabilities = new MutableCapabilities();
    capabilities.setCapability(
        "webkitgtk:browserOptions",
        Map.of("binary", miniBrowserOrFail(), "args", List.of("--automation")));
    try {
      return (RemoteWebDriver)
          RemoteWebDriver.builder()
              .oneOf(capabilities)
              .address(new URL("http://127.0.0.1:" + port))
              .config(ClientConfig.defaultConfig().readTimeout(START_TIMEOUT.multipliedBy(2)))
              .build();
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String miniBrowserOrFail() {
    try {
      return miniBrowser();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String driverLog() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  void open(String url) {
    driver.get(url);
  }

  void resize(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  Object script(String code, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(code, args);
  }

  @Override
  public void close() {
    List<RuntimeException> problems = new ArrayList<>();
    try {
      driver.quit();
    } catch (RuntimeException e) {
      problems.add(e);
    }
    webDriver.destroy();
    if (xvfb != null) {
      xvfb.destroy();
    }
    if (!problems.isEmpty()) {
      throw problems.get(0);
    }
  }
}
