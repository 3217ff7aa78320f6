package org.keeptrack.config;

import java.util.List;
import java.util.Optional;

/**
 * The settings in {@code content/handbook.yaml}.
 *
 * @param baseUrl the absolute address the site is published at, ending in {@code /}, if known
 * @param navigation the reading order of the site, as written
 */
public record SiteConfig(
    String title,
    String description,
    String language,
    Optional<String> baseUrl,
    String theme,
    List<NavEntry> navigation) {

  public SiteConfig {
    navigation = List.copyOf(navigation);
  }
}
