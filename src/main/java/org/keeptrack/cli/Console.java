package org.keeptrack.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Where messages are printed: standard output, in an encoding that can show Japanese. */
final class Console {

  private Console() {}

  /**
   * {@code System.out} when its encoding can show Japanese (a UTF-8 terminal, or the Windows
   * console's code page 932); otherwise, as under the POSIX locale or a Japanese locale that is not
   * installed, a UTF-8 stream, because the alternative prints every Japanese letter as "?".
   */
  static PrintStream out() {
    String name =
        System.getProperty("sun.stdout.encoding", System.getProperty("file.encoding", "UTF-8"));
    Charset charset;
    try {
      charset = Charset.forName(name);
    } catch (IllegalArgumentException e) {
      charset = StandardCharsets.US_ASCII;
    }
    if (charset.newEncoder().canEncode("日本語")) {
      return System.out;
    }
    return new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
  }
}
