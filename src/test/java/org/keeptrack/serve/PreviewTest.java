package org.keeptrack.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keeptrack.build.BuildPipeline;
import org.keeptrack.build.TestProjects;
import org.keeptrack.config.ProjectLayout;
import org.keeptrack.diagnostic.Language;
import org.keeptrack.diagnostic.Text;
import org.keeptrack.write.OutputLock;

/** The live preview, on a free port, driven the way a browser and an editor would. */
class PreviewTest {

  @TempDir Path project;
  private Preview preview;
  private final HttpClient http = HttpClient.newHttpClient();
  private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

  /** What the preview printed in the terminal. */
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

  @BeforeEach
  void start() throws IOException {
    TestProjects.copyTree(TestProjects.SITES.resolve("basic"), project);
    preview =
        Preview.start(
            project, 0, Language.EN, new PrintStream(printed, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void stop() throws IOException {
    if (preview != null) {
      preview.close();
    }
  }

  private String url(String path) {
    return "http://127.0.0.1:" + preview.port() + "/" + path;
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(url(path))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Listens to the page's event stream, as the live script does, collecting event names and data.
   */
  private void listen() throws Exception {
    HttpResponse<InputStream> stream =
        http.send(
            HttpRequest.newBuilder(URI.create(url("__keeptrack/events"))).build(),
            HttpResponse.BodyHandlers.ofInputStream());
    java.util.concurrent.CountDownLatch connected = new java.util.concurrent.CountDownLatch(1);
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                String event = "";
                for (String line; (line = lines.readLine()) != null; ) {
                  if (line.equals(": connected")) {
                    connected.countDown();
                  } else if (line.startsWith("event: ")) {
                    event = line.substring(7);
                  } else if (line.startsWith("data: ")) {
                    events.add(event + " " + line.substring(6));
                  }
                }
              } catch (IOException closed) {
                // the preview stopped
              }
            });
    reader.setDaemon(true);
    reader.start();
    if (!connected.await(10, TimeUnit.SECONDS)) {
      throw new AssertionError("the event stream did not open within 10 s");
    }
  }

  private String nextEvent() throws InterruptedException {
    String event = events.poll(10, TimeUnit.SECONDS);
    if (event == null) {
      throw new AssertionError("no event from the preview within 10 s");
    }
    return event;
  }

  @Test
  void keepsItsFolderFromBuildsAndOtherPreviewsUntilItStops() throws Exception {
    String inUse =
        "another build, or the live preview, is writing `target/preview` right now; wait for it"
            + " to end, or choose another output folder";
    ProjectLayout folder = ProjectLayout.standard(project, Path.of("target/preview"));

    assertEquals(Optional.of(inUse), new BuildPipeline().build(folder).refusal().map(Text::en));
    OutputLock.InUseException second =
        assertThrows(
            OutputLock.InUseException.class,
            () ->
                Preview.start(
                    project, 0, Language.EN, new PrintStream(OutputStream.nullOutputStream())));
    assertEquals(inUse, second.reason().en());
    assertEquals(200, get("index.html").statusCode(), "the preview goes on serving");

    preview.close();
    preview = null;
    assertTrue(new BuildPipeline().build(folder).succeeded(), "a stopped preview lets it go");
  }

  @Test
  void servesThePagesWithTheLiveScriptAndAPolicyThatLetsItConnect() throws Exception {
    HttpResponse<String> page = get("index.html");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("<script src=\"/__keeptrack/live.js\"></script>"));
    assertEquals(200, get("").statusCode(), "a folder serves its index.html");
    assertEquals(200, get("__keeptrack/live.js").statusCode());
  }

  @Test
  void reloadsOnlyWhatASaveChanged() throws Exception {
    listen();
    Path page = project.resolve("content/appendix.md");
    Files.writeString(page, Files.readString(page).replace("[概要の表]", "新しい一文。[概要の表]"));
    assertEquals(
        "reload {\"changed\":[\"appendix.html\"]}",
        nextEvent(),
        "only the edited page changed (the search index is written after the reload), so only tabs showing that page reload");
    assertTrue(get("appendix.html").body().contains("新しい一文。"));
  }

  @Test
  void aPageNotBuiltYetStillCarriesTheLiveScript() throws Exception {
    HttpResponse<String> missing = get("not-yet.html");
    assertEquals(404, missing.statusCode());
    assertEquals(
        "text/html; charset=utf-8", missing.headers().firstValue("Content-Type").orElse(""));
    assertTrue(
        missing.body().contains("<script src=\"/__keeptrack/live.js\"></script>"),
        "so that problems show and the page appears once they are fixed");
  }

  @Test
  void seesPagesAddedInANewFolder() throws Exception {
    listen();
    Path folder = project.resolve("content/extra");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("new.md"), "---\ntitle: 新しいページ\n---\n\n本文\n");
    String event = nextEvent();
    assertTrue(event.startsWith("reload ") && event.contains("\"extra/new.html\""), event);
    assertEquals(200, get("extra/new.html").statusCode());
  }

  @Test
  void showsABrokenFileOverThePageAndKeepsTheLastGoodPages() throws Exception {
    listen();
    Path page = project.resolve("content/appendix.md");
    String good = Files.readString(page);
    Files.writeString(page, good.replace("title: 付録", "title: 付録\norder: 二"));
    String problems = nextEvent();
    assertTrue(problems.startsWith("problems "), problems);
    assertTrue(problems.contains("\"location\":\"content/appendix.md:3:8\""), problems);
    assertTrue(problems.contains("\"source\":\"order: 二\",\"caret\":\"       ^\""), problems);
    assertTrue(problems.contains("\"hint\":\"hint: write a whole number"), problems);
    assertEquals(200, get("appendix.html").statusCode(), "the last good page is still served");

    Files.writeString(page, good);
    assertEquals(
        "reload {\"changed\":[]}",
        nextEvent(),
        "fixing the file clears the overlay (pages showing it reload); nothing else changed");
  }

  @Test
  void aDeletedPageAnswers404EvenWhileTheBuildFails() throws Exception {
    listen();
    // Two pages link to it: the build fails, and the last good pages stay, but not this one.
    Files.delete(project.resolve("content/guide/overview.md"));
    String problems = nextEvent();
    assertTrue(problems.startsWith("problems "), problems);
    assertEquals(404, get("guide/overview.html").statusCode());
    assertEquals(200, get("index.html").statusCode(), "the last good pages are still served");
  }

  private static String rawRequest(int port, String path, String host) throws IOException {
    String response = rawResponse(port, "GET", path, "Host: " + host + "\r\n");
    return response.substring(0, response.indexOf("\r\n"));
  }

  /** The whole response (status line and headers) to a request written byte for byte. */
  private static String rawResponse(int port, String method, String path, String headers)
      throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(5000);
      socket
          .getOutputStream()
          .write(
              (method + " " + path + " HTTP/1.1\r\n" + headers + "Connection: close\r\n\r\n")
                  .getBytes(StandardCharsets.UTF_8));
      ByteArrayOutputStream response = new ByteArrayOutputStream();
      socket.getInputStream().transferTo(response);
      return response.toString(StandardCharsets.UTF_8);
    }
  }

  private String status(String method, String path, String extraHeaders) throws IOException {
    String response =
        rawResponse(
            preview.port(),
            method,
            path,
            "Host: 127.0.0.1:" + preview.port() + "\r\n" + extraHeaders);
    return response.substring(0, response.indexOf("\r\n"));
  }

  @Test
  void refusesRequestsFromOtherSitesAndOversizedOrUnexpectedOnes() throws Exception {
    String own = "http://127.0.0.1:" + preview.port();
    assertEquals(
        "HTTP/1.1 200 OK", status("GET", "/index.html", "Sec-Fetch-Site: same-origin\r\n"));
    assertEquals(
        "HTTP/1.1 200 OK",
        status("GET", "/index.html", "Sec-Fetch-Site: none\r\nOrigin: " + own + "\r\n"));
    assertEquals(
        "HTTP/1.1 403 Forbidden", status("GET", "/index.html", "Sec-Fetch-Site: cross-site\r\n"));
    assertEquals(
        "HTTP/1.1 403 Forbidden",
        status("GET", "/__keeptrack/events", "Sec-Fetch-Site: same-site\r\n"));
    assertEquals(
        "HTTP/1.1 403 Forbidden", status("GET", "/index.html", "Origin: http://evil.example\r\n"));
    assertEquals("HTTP/1.1 403 Forbidden", status("GET", "/index.html", "Origin: null\r\n"));
    assertEquals("HTTP/1.1 414 Request-URI Too Large", status("GET", "/" + "a".repeat(3000), ""));
    // The JDK's server knows no reason phrase for 431; the code is what clients act on.
    assertEquals(
        "HTTP/1.1 431",
        status("GET", "/index.html", "X-Big: " + "b".repeat(20_000) + "\r\n").strip());
    assertEquals(
        "HTTP/1.1 405 Method Not Allowed", status("POST", "/index.html", "Content-Length: 0\r\n"));
  }

  @Test
  void everyAnswerForbidsTypeGuessingAndUseByOtherSites() throws Exception {
    for (String path : new String[] {"/index.html", "/missing.html", "/__keeptrack/live.js"}) {
      String response =
          rawResponse(preview.port(), "GET", path, "Host: 127.0.0.1:" + preview.port() + "\r\n");
      String headers =
          response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase(java.util.Locale.ROOT);
      assertTrue(headers.contains("x-content-type-options: nosniff"), path + "\n" + headers);
      assertTrue(
          headers.contains("cross-origin-resource-policy: same-origin"), path + "\n" + headers);
    }
  }

  @Test
  void closesAConnectionWhoseRequestNeverFinishes() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", preview.port())) {
      // Generous: the server's limit is 5 s; this only asserts that the connection does end.
      socket.setSoTimeout(30_000);
      socket
          .getOutputStream()
          .write(
              ("GET /index.html HTTP/1.1\r\nHost: 127.0.0.1:" + preview.port() + "\r\n")
                  .getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      assertEquals(
          -1, socket.getInputStream().read(), "the server hangs up on a half-sent request");
    }
  }

  /**
   * Fills the server with half-sent requests and sends one more, which must be closed unanswered;
   * false when filling took so long that the server may have cut the first ones already.
   */
  private static boolean oneConnectionOverTheLimitIsClosedUnanswered(int port) throws IOException {
    String halfSent = "GET /index.html HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n";
    List<Socket> held = new java.util.ArrayList<>();
    long start = System.nanoTime();
    try {
      for (int i = 0; i < PreviewServer.MAX_CONNECTIONS; i++) {
        Socket socket = new Socket("127.0.0.1", port);
        held.add(socket);
        socket.getOutputStream().write(halfSent.getBytes(StandardCharsets.UTF_8));
      }
      try (Socket oneMore = new Socket("127.0.0.1", port)) {
        oneMore.setSoTimeout(30_000);
        oneMore
            .getOutputStream()
            .write((halfSent + "Connection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        int first;
        try {
          first = oneMore.getInputStream().read();
        } catch (java.net.SocketException reset) {
          first = -1; // closed before reading what was sent: the same refusal
        }
        if (System.nanoTime() - start >= TimeUnit.SECONDS.toNanos(4)) {
          return false;
        }
        assertEquals(-1, first, "a connection over the limit is closed unanswered");
        return true;
      }
    } finally {
      for (Socket socket : held) {
        socket.close();
      }
    }
  }

  @Test
  void holdsAFixedNumberOfConnectionsAndServesAgainWhenTheyGo() throws Exception {
    int port = preview.port();
    // The server cuts half-sent requests after 5 s: an attempt in which filling it took longer
    // proves nothing, and is made again, until a generous deadline.
    long tryUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    boolean filled = false;
    while (!filled && System.nanoTime() < tryUntil) {
      filled = oneConnectionOverTheLimitIsClosedUnanswered(port);
      if (!filled) {
        assertEquals("HTTP/1.1 200 OK", statusOnceServedAgain(port), "before the next attempt");
      }
    }
    assertTrue(filled, "the server was never filled within 4 s in two minutes of attempts");
    assertEquals(
        "HTTP/1.1 200 OK",
        statusOnceServedAgain(port),
        "served again once the connections are gone");
  }

  /**
   * The server notices closed connections as it reads them: the status of the first answer, or of
   * the last attempt after 30 s.
   */
  private static String statusOnceServedAgain(int port) throws IOException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    String status = "";
    while (!status.equals("HTTP/1.1 200 OK") && System.nanoTime() < deadline) {
      try {
        String response =
            rawResponse(port, "GET", "/index.html", "Host: 127.0.0.1:" + port + "\r\n");
        status = response.isEmpty() ? "" : response.substring(0, response.indexOf("\r\n"));
      } catch (java.net.SocketException stillFull) {
        status = "";
      }
    }
    return status;
  }

  @Test
  void refusesForeignHostsAndPathsOutsideTheSite() throws Exception {
    int port = preview.port();
    String local = "127.0.0.1:" + port;
    assertEquals("HTTP/1.1 200 OK", rawRequest(port, "/index.html", local));
    assertEquals("HTTP/1.1 200 OK", rawRequest(port, "/index.html", "localhost:" + port));
    assertEquals("HTTP/1.1 403 Forbidden", rawRequest(port, "/index.html", "evil.example:" + port));
    assertEquals(
        "HTTP/1.1 403 Forbidden", rawRequest(port, "/index.html", "127.0.0.1.evil.example"));
    Files.writeString(project.resolve("secret.txt"), "secret");
    Files.createSymbolicLink(
        project.resolve("target/preview/leak.txt"), project.resolve("secret.txt"));
    for (String path :
        new String[] {
          "/../secret.txt",
          "/%2e%2e/secret.txt",
          "/%2E%2E%2Fsecret.txt",
          "/..%5csecret.txt",
          "/guide/..\\..\\secret.txt",
          "/leak.txt"
        }) {
      String status = rawRequest(port, path, local);
      assertTrue(
          status.endsWith(" 404 Not Found") || status.endsWith(" 400 Bad Request"),
          path + " → " + status);
    }
  }

  @Test
  void aPageThatStopsReadingNeverHoldsUpTheOthers() throws Exception {
    try (PreviewServer server = new PreviewServer(project, 0);
        Socket stalled = new Socket("127.0.0.1", server.port())) {
      stalled
          .getOutputStream()
          .write(
              ("GET "
                      + PreviewServer.EVENTS
                      + " HTTP/1.1\r\nHost: 127.0.0.1:"
                      + server.port()
                      + "\r\n\r\n")
                  .getBytes(StandardCharsets.UTF_8));
      stalled.getOutputStream().flush();
      // This page never reads: 20 MB of events would fill every buffer between it and the server.
      List<String> changed = List.of("x".repeat(200_000));
      org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
          java.time.Duration.ofSeconds(30),
          () -> {
            for (int i = 0; i < 100; i++) {
              server.reload(changed);
            }
          },
          "a rebuild announces itself without waiting for a page that does not read");
    }
  }

  /**
   * Waits until {@code problems} finds none, asking again and again; fails with the last ones when
   * the deadline passes.
   */
  private static void waitUntilNone(Duration deadline, Callable<String> problems) throws Exception {
    long end = System.nanoTime() + deadline.toNanos();
    String last = problems.call();
    while (!last.isEmpty() && System.nanoTime() < end) {
      Thread.sleep(50);
      last = problems.call();
    }
    assertEquals("", last, "still after " + deadline.toSeconds() + " s");
  }

  @Test
  void recoversFromPagesCreatedAndDeletedWhileItRebuilds() throws Exception {
    Path content = project.resolve("content");
    byte[] image = Files.readAllBytes(content.resolve("guide/img/figure.png"));
    Random random = new Random(22);
    Set<String> made = new TreeSet<>();
    // Pages and images appear and go, whole folders with them, while the preview rebuilds: a
    // bounded number of steps in at most a few seconds. The pauses are the writer's pace, not a
    // wait: the watcher rebuilds after 80 ms of quiet, so some rebuilds start mid-change.
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(4);
    for (int i = 0; i < 300 && System.nanoTime() < end; i++) {
      Path folder = content.resolve("storm" + random.nextInt(3));
      switch (random.nextInt(5)) {
        case 0, 1, 2 -> {
          Files.createDirectories(folder);
          Files.writeString(
              folder.resolve("p" + i + ".md"), "---\ntitle: 嵐 " + i + "\n---\n\n本文 " + i + "\n");
          Files.write(folder.resolve("f" + i + ".png"), image);
          made.add(content.relativize(folder.resolve("p" + i + ".md")).toString());
        }
        case 3 -> {
          try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.limit(4).toList()) {
              Files.deleteIfExists(file);
            }
          } catch (NoSuchFileException none) {
            // nothing to delete there
          }
        }
        default -> TestProjects.deleteTree(folder);
      }
      Thread.sleep(random.nextInt(40));
    }

    // The next quiet save: the preview serves the whole site as it now is.
    Path appendix = content.resolve("appendix.md");
    Files.writeString(appendix, Files.readString(appendix).replace("[概要の表]", "静かな保存。[概要の表]"));
    waitUntilNone(
        Duration.ofSeconds(60),
        () -> {
          StringBuilder problems = new StringBuilder();
          if (!get("appendix.html").body().contains("静かな保存。")) {
            problems.append("appendix.html is not the saved one; ");
          }
          for (String source : made) {
            String page = source.replace(".md", ".html");
            boolean exists = Files.exists(content.resolve(source));
            HttpResponse<String> answer = get(page);
            if (exists
                && (answer.statusCode() != 200
                    || !answer.body().contains("本文 " + page.replaceAll(".*/p|\\.html", "")))) {
              problems.append(page).append(" is missing; ");
            } else if (!exists && answer.statusCode() != 404) {
              problems.append(page).append(" is deleted but answers ").append(answer.statusCode());
              problems.append("; ");
            }
          }
          return problems.toString();
        });
    String terminal = printed.toString(StandardCharsets.UTF_8);
    assertFalse(terminal.contains("cannot write"), terminal);
    assertFalse(terminal.contains("fault of the generator"), terminal);
  }

  @Test
  void saysClearlyWhenThePortIsTaken() {
    PreviewServer.PortInUseException taken =
        org.junit.jupiter.api.Assertions.assertThrows(
            PreviewServer.PortInUseException.class,
            () -> new PreviewServer(project, preview.port()));
    assertTrue(taken.getMessage().startsWith("port " + preview.port() + " is already in use"));
  }
}
