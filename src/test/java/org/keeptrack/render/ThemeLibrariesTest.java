package org.keeptrack.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * A library the theme carries from elsewhere is the published file, unchanged, under a license
 * comment the minifier keeps: its SHA-256 is the one the theme's README gives with its version.
 */
class ThemeLibrariesTest {

  private static final Path THEME = Path.of("themes/default");

  @Test
  void qrcodeGeneratorIsThePublishedFileUnderItsLicense() throws IOException {
    String file = Files.readString(THEME.resolve("assets/qrcode.js"));
    String license = file.substring(0, file.indexOf("*/\n") + 3);
    assertTrue(
        license.startsWith("/**\n * @license\n"), "the minifier keeps only @license comments");
    assertTrue(license.contains("Copyright (c) 2009 Kazuhiko Arase"), license);
    String published = sha256(file.substring(license.length()));
    assertEquals("79ec86f82856005b1c887905cfccfcfbec3821ca61c7fd5a952faa5f778f791c", published);
    assertTrue(Files.readString(THEME.resolve("README.md")).contains(published));
  }

  @Test
  void theMinifiedLibraryKeepsItsLicense() throws IOException {
    try (var files = Files.list(THEME.resolve("minified"))) {
      String minified =
          Files.readString(
              files
                  .filter(f -> f.getFileName().toString().startsWith("qrcode."))
                  .findFirst()
                  .orElseThrow());
      assertTrue(minified.contains("Permission is hereby granted"), "the MIT notice is published");
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
