package org.keeptrack.config;

import java.util.List;
import java.util.Optional;

/**
 * The settings in {@code content/handbook.yaml}.
 *
 * @param baseUrl the absolute address the site is published at, ending in {@code /}, if known
 * @param navigation the reading order of the site, as written
 * @param repository where the sources are kept (a GitHub-style address, no trailing {@code /}), for
 *     the links to edit a page and to report a mistake; empty: no such links
 * @param branch the branch those links edit
 * @param ignored the files of content/ left out of the site
 */
public record SiteConfig(
    String title,
    String description,
    String language,
    Optional<String> baseUrl,
    String theme,
    List<NavEntry> navigation,
    Optional<String> repository,
    String branch,
    IgnoredFiles ignored) {

  public SiteConfig {
    navigation = List.copyOf(navigation);
  }

  /** The same settings for the site published at {@code url}, whatever {@code baseUrl} says. */
  public SiteConfig publishedAt(BaseUrl url) {
    return new SiteConfig(
        title,
        description,
        language,
        Optional.of(url.address()),
        theme,
        navigation,
        repository,
        branch,
        ignored);
  }
}
