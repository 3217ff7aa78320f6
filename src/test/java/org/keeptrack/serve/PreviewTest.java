package org.keeptrack.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keeptrack.build.TestProjects;
import org.keeptrack.diagnostic.Language;

/** The live preview, on a free port, driven the way a browser and an editor would. */
class PreviewTest {

  @TempDir Path project;
  private Preview preview;
  private final HttpClient http = HttpClient.newHttpClient();
  private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

  @BeforeEach
  void start() throws IOException {
    TestProjects.copyTree(TestProjects.SITES.resolve("basic"), project);
    preview = Preview.start(project, 0, Language.EN, new PrintStream(OutputStream.nullOutputStream()));
  }

  @AfterEach
  void stop() throws IOException {
    preview.close();
  }

  private String url(String path) {
    return "http://127.0.0.1:" + preview.port() + "/" + path;
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Listens to the page's event stream, as the live script does, collecting event names and data. */
  private void listen() throws Exception {
    HttpResponse<InputStream> stream =
        http.send(HttpRequest.newBuilder(URI.create(url("__keeptrack/events"))).build(), HttpResponse.BodyHandlers.ofInputStream());
    Thread reader = new Thread(() -> {
      try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
        String event = "";
        for (String line; (line = lines.readLine()) != null; ) {
          if (line.startsWith("event: ")) {
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
    Thread.sleep(200);
  }

  private String nextEvent() throws InterruptedException {
    String event = events.poll(10, TimeUnit.SECONDS);
    if (event == null) {
      throw new AssertionError("no event from the preview within 10 s");
    }
    return event;
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

  private static String rawRequest(int port, String path, String host) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(5000);
      socket.getOutputStream().write(
          ("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      ByteArrayOutputStream response = new ByteArrayOutputStream();
      socket.getInputStream().transferTo(response);
      String text = response.toString(StandardCharsets.UTF_8);
      return text.substring(0, text.indexOf("\r\n"));
    }
  }

  @Test
  void refusesForeignHostsAndPathsOutsideTheSite() throws Exception {
    int port = preview.port();
    String local = "127.0.0.1:" + port;
    assertEquals("HTTP/1.1 200 OK", rawRequest(port, "/index.html", local));
    assertEquals("HTTP/1.1 200 OK", rawRequest(port, "/index.html", "localhost:" + port));
    assertEquals("HTTP/1.1 403 Forbidden", rawRequest(port, "/index.html", "evil.example:" + port));
    assertEquals("HTTP/1.1 403 Forbidden", rawRequest(port, "/index.html", "127.0.0.1.evil.example"));
    Files.writeString(project.resolve("secret.txt"), "secret");
    Files.createSymbolicLink(project.resolve("target/preview/leak.txt"), project.resolve("secret.txt"));
    for (String path :
        new String[] {"/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt", "/..%5csecret.txt",
          "/guide/..\\..\\secret.txt", "/leak.txt"}) {
      String status = rawRequest(port, path, local);
      assertTrue(status.endsWith(" 404 Not Found") || status.endsWith(" 400 Bad Request"), path + " → " + status);
    }
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
