package org.keeptrack.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A generated book larger than any fixture, with the project's real theme: {@code sections} folders
 * {@code s1…} of {@code pages} pages each. Page {@code k} of section {@code s} is titled {@code 第s章
 * k}, holds the word {@code markerSxK} and links to the next page of its section.
 */
public final class LargeBook {

  private LargeBook() {}

  public static void write(Path project, int sections, int pages, int paragraphs)
      throws IOException {
    Path content = Files.createDirectories(project.resolve("content"));
    StringBuilder config = new StringBuilder("title: 大きな本\nnavigation:\n  - index.md\n");
    Files.writeString(content.resolve("index.md"), "---\ntitle: 表紙\n---\n\n本文。\n");
    for (int s = 1; s <= sections; s++) {
      config.append("  - title: 第").append(s).append("部\n    folder: s").append(s).append('\n');
      Path folder = Files.createDirectories(content.resolve("s" + s));
      for (int k = 1; k <= pages; k++) {
        StringBuilder page = new StringBuilder();
        page.append("---\ntitle: 第").append(s).append("章 ").append(k).append('\n');
        page.append("order: ").append(k).append("\n---\n\n");
        page.append("## 見出し\n\n目印は marker").append(s).append('x').append(k).append(" です。");
        if (k < pages) {
          page.append("[次へ](p").append(k + 1).append(".md)");
        }
        page.append("\n\n");
        for (int p = 0; p < paragraphs; p++) {
          page.append("子どもの急な発熱に備えて、家族で分担を決めておく段落です。\n\n");
        }
        Files.writeString(folder.resolve("p" + k + ".md"), page, StandardCharsets.UTF_8);
      }
    }
    Files.writeString(content.resolve("handbook.yaml"), config, StandardCharsets.UTF_8);
    TestProjects.copyTree(Path.of("themes"), project.resolve("themes"));
  }
}
