package org.keeptrack.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.keeptrack.json.Json;

/**
 * Serves a built site on 127.0.0.1 for the live preview, and tells open pages when to reload or
 * which problems to show (Server-Sent Events).
 *
 * <p>Safe by default: it listens on the loopback address only, answers only requests whose {@code
 * Host} is localhost or 127.0.0.1 (so a web page elsewhere cannot reach it through DNS rebinding),
 * and never serves a file outside the site, whatever {@code ..}, encoding, backslash or symbolic
 * link a path uses. A request another site's page makes ({@code Sec-Fetch-Site}, {@code Origin}) is
 * refused, every answer says {@code nosniff} and {@code same-origin}, and a client that sends its
 * request too slowly, or a request too long, is cut off.
 */
public final class PreviewServer implements AutoCloseable {

  /**
   * Open connections at once: a writer's few tabs need a handful each (pages, the event stream).
   */
  static final int MAX_CONNECTIONS = 64;

  static {
    // Read once per JVM, by the JDK's first server: a request must arrive within seconds (a client
    // that sends a byte a minute would otherwise hold a thread for ever), idle connections are
    // closed and few, and connections beyond a few tabs' worth are closed as they arrive (each
    // holds a thread while its request is read).
    setDefault("sun.net.httpserver.maxReqTime", "5");
    setDefault("sun.net.httpserver.idleInterval", "30");
    setDefault("sun.net.httpserver.maxIdleConnections", "16");
    setDefault("jdk.httpserver.maxConnections", String.valueOf(MAX_CONNECTIONS));
  }

  private static void setDefault(String property, String value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, value);
    }
  }

  /** Longer addresses and headers than any page of the site needs are refused, not read on. */
  static final int MAX_URI = 2048;

  static final int MAX_HEADERS = 16 * 1024;

  static final String EVENTS = "/__keeptrack/events";
  static final String SCRIPT = "/__keeptrack/live.js";

  private final Path root;
  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool(daemon());

  /**
   * One queue of events per open page, written out by that page's own connection thread: a page
   * that stops reading fills only its queue, is then dropped, and never holds up a rebuild.
   */
  private final List<BlockingQueue<byte[]>> listeners = new CopyOnWriteArrayList<>();

  private static final int QUEUED_EVENTS = 64;
  private static final byte[] KEEP_ALIVE = ": keep-alive\n\n".getBytes(StandardCharsets.UTF_8);
  private volatile String problems = "";

  private static final String NOT_FOUND =
      "<!DOCTYPE html>\n<html lang=\"ja\">\n<meta charset=\"utf-8\">\n<title>not found</title>\n"
          + "<body>\n<p>このページはまだありません。保存すると作り直します。"
          + " / This page does not exist (yet); it is rebuilt on every save.</p>\n</body>\n</html>\n";

  /** Thrown when the port is taken, so that the person who chose it can be told. */
  public static final class PortInUseException extends IOException {
    private final int port;

    PortInUseException(int port) {
      super("port " + port + " is already in use");
      this.port = port;
    }

    public int port() {
      return port;
    }
  }

  public PreviewServer(Path root, int port) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    } catch (BindException e) {
      throw new PortInUseException(port);
    }
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /**
   * The site changed: an open page reloads when it is one of {@code changed} (paths in the site),
   * when a file it may use changed, or when it shows problems that are now fixed.
   */
  public void reload(List<String> changed) {
    problems = "";
    send("reload", Json.write(Map.of("changed", changed)));
  }

  /** The last build failed: open pages show {@code json} (a list of problems) over the page. */
  public void showProblems(String json) {
    problems = json;
    send("problems", json);
  }

  private static byte[] message(String event, String data) {
    return ("event: " + event + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8);
  }

  private void send(String event, String data) {
    byte[] message = message(event, data);
    for (BlockingQueue<byte[]> listener : listeners) {
      if (!listener.offer(message)) {
        listeners.remove(listener);
      }
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!isLocalHost(exchange.getRequestHeaders().getFirst("Host"))) {
        respond(exchange, 403, "text/plain", "forbidden: this preview answers localhost only\n");
        return;
      }
      if (exchange.getRequestURI().toString().length() > MAX_URI) {
        respond(exchange, 414, "text/plain", "the address is too long\n");
        return;
      }
      if (headerBytes(exchange) > MAX_HEADERS) {
        respond(exchange, 431, "text/plain", "the request's headers are too large\n");
        return;
      }
      if (isCrossSite(exchange)) {
        respond(exchange, 403, "text/plain", "forbidden: a request from another site\n");
        return;
      }
      if (!exchange.getRequestMethod().equals("GET")
          && !exchange.getRequestMethod().equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        respond(exchange, 405, "text/plain", "only GET and HEAD\n");
        return;
      }
      String rawPath = exchange.getRequestURI().getRawPath();
      if (rawPath.equals(EVENTS)) {
        stream(exchange);
        return;
      }
      if (rawPath.equals(SCRIPT)) {
        respond(exchange, 200, "text/javascript", LiveScript.SOURCE);
        return;
      }
      Optional<Path> file = resolve(rawPath);
      Optional<byte[]> read = file.isEmpty() ? Optional.empty() : read(file.get());
      if (read.isEmpty()) {
        // A page, so that the live script runs: before the first good build there are no pages,
        // yet the problems must show, and the page must appear once they are fixed.
        respond(exchange, 404, "text/html", LiveScript.inject(NOT_FOUND));
        return;
      }
      byte[] body = read.get();
      String type = ContentTypes.of(file.get().getFileName().toString());
      if (type.startsWith("text/html")) {
        body =
            LiveScript.inject(new String(body, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
      }
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      respond(exchange, 200, type, body);
    }
  }

  /** The file's bytes, or empty when a rebuild removed it since it was found. */
  private static Optional<byte[]> read(Path file) throws IOException {
    try {
      return Optional.of(Files.readAllBytes(file));
    } catch (NoSuchFileException removed) {
      return Optional.empty();
    }
  }

  /** Holds the connection open and sends events down it; it ends when the page goes away. */
  private void stream(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    guard(exchange);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    // Listening before saying so: an event sent once the page reads ": connected" reaches it.
    BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(QUEUED_EVENTS);
    String shown = problems;
    if (!shown.isEmpty()) {
      queue.offer(message("problems", shown));
    }
    listeners.add(queue);
    exchange.sendResponseHeaders(200, 0);
    OutputStream out = exchange.getResponseBody();
    out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
    out.flush();
    try {
      while (listeners.contains(queue) || !queue.isEmpty()) {
        byte[] next = queue.poll(15, TimeUnit.SECONDS);
        out.write(next == null ? KEEP_ALIVE : next);
        out.flush();
      }
    } catch (IOException | InterruptedException e) {
      // The page went away, or the preview is closing.
    } finally {
      listeners.remove(queue);
    }
  }

  private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

  private static long headerBytes(HttpExchange exchange) {
    long bytes = 0;
    for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
      for (String value : header.getValue()) {
        bytes += header.getKey().length() + value.length() + 4;
      }
    }
    return bytes;
  }

  /**
   * Whether another site's page sent this request: browsers say so in {@code Sec-Fetch-Site}, and
   * older ones in an {@code Origin} that is not the preview's own.
   */
  private boolean isCrossSite(HttpExchange exchange) {
    String site = exchange.getRequestHeaders().getFirst("Sec-Fetch-Site");
    if (site != null && !site.equals("same-origin") && !site.equals("none")) {
      return true;
    }
    String origin = exchange.getRequestHeaders().getFirst("Origin");
    return origin != null && !isLocalHost(origin.replaceFirst("^http://", ""));
  }

  private boolean isLocalHost(String host) {
    if (host == null) {
      return false;
    }
    String name = host.replaceFirst(":" + port() + "$", "");
    return LOCAL_HOSTS.contains(name.toLowerCase(java.util.Locale.ROOT));
  }

  /** The file a request path names inside the site, or empty for anything that leaves it. */
  Optional<Path> resolve(String rawPath) throws IOException {
    String path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
    if (path.contains("\\") || path.contains("\0")) {
      return Optional.empty();
    }
    for (String segment : path.split("/")) {
      if (segment.equals("..")) {
        return Optional.empty();
      }
    }
    Path file = root.resolve(path.replaceFirst("^/+", "")).normalize();
    if (Files.isDirectory(file)) {
      file = file.resolve("index.html");
    }
    if (!file.startsWith(root) || !Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Path real;
    try {
      real = file.toRealPath();
    } catch (NoSuchFileException removed) {
      return Optional.empty(); // by a rebuild, this moment
    }
    return real.startsWith(root.toRealPath()) ? Optional.of(real) : Optional.empty();
  }

  private static void respond(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    respond(exchange, status, type + "; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
  }

  private static void respond(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    guard(exchange);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      exchange.getResponseBody().write(body);
    }
  }

  /** Headers on every answer: no type guessing, and no use by another site's pages. */
  private static void guard(HttpExchange exchange) {
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    exchange.getResponseHeaders().set("Cross-Origin-Resource-Policy", "same-origin");
  }

  private static java.util.concurrent.ThreadFactory daemon() {
    return runnable -> {
      Thread thread = new Thread(runnable, "preview-http");
      thread.setDaemon(true);
      return thread;
    };
  }

  @Override
  public void close() {
    listeners.clear();
    server.stop(0);
    threads.shutdownNow();
  }
}
