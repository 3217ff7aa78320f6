package org.keeptrack.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.keeptrack.json.Json;
import org.keeptrack.model.OutputFile;
import org.keeptrack.model.Page;
import org.keeptrack.model.Site;

/**
 * Builds the search index, split so that a query downloads only what it needs, however large the
 * site: pages are cut into sections at their h2 and h3 headings, and every token of a section (see
 * {@link SearchTokenizer}) points to it.
 *
 * <ul>
 *   <li>{@code assets/search-index.js}: how the index is split (bucket count, sections per chunk);
 *   <li>{@code assets/search/tN.js}: the tokens whose hash falls in bucket N, each with its
 *       sections and a score per section, so that the best sections are known before any text is
 *       loaded;
 *   <li>{@code assets/search/dN.js}: the text of sections N×chunk onwards, loaded only for the
 *       results shown.
 * </ul>
 *
 * <p>Every file is a classic script that adds itself to {@code window.keeptrack.searchParts}, not
 * JSON to fetch, so that search works from file:// too. Worksheet pages are indexed like any page,
 * so their questions and help are found.
 */
public final class SearchIndexer {

  public static final String PATH = "assets/search-index.js";
  static final String FOLDER = "assets/search/";

  /**
   * What a section of the text chunks holds, in this order; the manifest lists the names, and
   * search.js reads the values by them.
   */
  static final List<String> FIELDS =
      List.of("title", "path", "description", "heading", "anchor", "text");

  /** Sections per text chunk: a result costs one small file, a page of results a few. */
  static final int CHUNK = 8;

  /** The size a token bucket aims at; a query of n tokens loads at most n buckets. */
  private static final int BUCKET_BYTES = 24 * 1024;

  private static final int MAX_BUCKETS = 4096;

  /** The index: its files, and their total size. */
  public record Index(List<OutputFile> files, long bytes) {}

  private SearchIndexer() {}

  /** The index of every page of the site except the not-found page. */
  public static Index index(Site site) {
    return index(site, SearchWords.NONE);
  }

  /**
   * The index of every page of the site except the not-found page, each term also found by the
   * words readers search it with.
   */
  public static Index index(Site site, SearchWords words) {
    List<Page> pages = site.pages().stream().filter(page -> !page.isNotFoundPage()).toList();
    List<List<Object>> docs = new ArrayList<>();
    List<Map<String, Postings>> shards =
        IntStream.range(0, SHARDS).<Map<String, Postings>>mapToObj(i -> new HashMap<>()).toList();
    SharedTokens shared = new SharedTokens();
    // Pages are cut and tokenised on all cores, a batch at a time so that the tokens of a large
    // site are never all in memory at once; ids are given in page order, so the index is the same
    // whatever the number of cores. The tokens are then added on all cores too, each core keeping
    // the tokens of its own shard, so that no core waits for one to add them all.
    for (int from = 0; from < pages.size(); from += BATCH) {
      List<IndexedSection> batch =
          pages.subList(from, Math.min(pages.size(), from + BATCH)).parallelStream()
              .flatMap(page -> indexed(page, words, shared).stream())
              .toList();
      int first = docs.size();
      batch.forEach(section -> docs.add(section.doc()));
      IntStream.range(0, SHARDS).parallel().forEach(shard -> add(batch, first, shard, shards));
    }
    return files(docs, shards);
  }

  /** Shards of the postings while they are made: as many as cores are likely, a power of two. */
  private static final int SHARDS = 4;

  private static int shardOf(String token) {
    return token.hashCode() & (SHARDS - 1);
  }

  /** Adds the tokens of {@code batch} (its first section has id {@code first}) in one shard. */
  private static void add(
      List<IndexedSection> batch, int first, int shard, List<Map<String, Postings>> shards) {
    Map<String, Postings> postings = shards.get(shard);
    for (int s = 0; s < batch.size(); s++) {
      IndexedSection section = batch.get(s);
      for (int t = section.shardStarts()[shard]; t < section.shardStarts()[shard + 1]; t++) {
        postings
            .computeIfAbsent(section.tokens()[t], k -> new Postings())
            .add(first + s, section.scores()[t]);
      }
    }
  }

  private static final int BATCH = 32;

  /**
   * A section as the results show it, and its tokens with the score of each, grouped by shard:
   * those of shard {@code n} from {@code shardStarts[n]} to {@code shardStarts[n + 1]}.
   */
  private record IndexedSection(
      List<Object> doc, String[] tokens, byte[] scores, int[] shardStarts) {}

  /**
   * A page's sections, each token scored: 12 when in the page title and 6 in its description (both
   * for the page's first section only, so that a page whose title matches comes once, not once per
   * section), 8 in the section heading, and 1 per time in the text, at most 4. A heading thus
   * outweighs any amount of body text, and a title outweighs a heading. At most 26 (Z).
   */
  private static List<IndexedSection> indexed(Page page, SearchWords words, SharedTokens shared) {
    String title = page.frontMatter().title();
    String description = page.frontMatter().description();
    Set<String> titleTokens = words.widen(shared.tokensOf(title).keySet());
    Set<String> descriptionTokens = words.widen(shared.tokensOf(description).keySet());
    List<IndexedSection> sections = new ArrayList<>();
    for (PageSections.Section section : PageSections.of(page, words)) {
      boolean first = sections.isEmpty();
      Set<String> headingTokens = words.widen(shared.tokensOf(section.heading()).keySet());
      Map<String, int[]> counts = shared.tokensOf(section.text());
      words.widen(counts);
      List<Set<String>> fields =
          first ? List.of(titleTokens, descriptionTokens, headingTokens) : List.of(headingTokens);
      for (Set<String> field : fields) {
        field.forEach(token -> counts.putIfAbsent(token, new int[1]));
      }
      // Each token's shard is found here, on the cores that cut pages, not by the merge.
      int[] shardStarts = new int[SHARDS + 1];
      for (String token : counts.keySet()) {
        shardStarts[shardOf(token) + 1]++;
      }
      for (int n = 0; n < SHARDS; n++) {
        shardStarts[n + 1] += shardStarts[n];
      }
      int[] next = Arrays.copyOf(shardStarts, SHARDS);
      String[] tokens = new String[counts.size()];
      byte[] scores = new byte[tokens.length];
      for (Map.Entry<String, int[]> count : counts.entrySet()) {
        String token = count.getKey();
        int score =
            (first && titleTokens.contains(token) ? 12 : 0)
                + (first && descriptionTokens.contains(token) ? 6 : 0)
                + (headingTokens.contains(token) ? 8 : 0)
                + Math.min(count.getValue()[0], 4);
        int t = next[shardOf(token)]++;
        tokens[t] = token;
        scores[t] = (byte) Math.max(1, score);
      }
      Map<String, Object> values =
          Map.of(
              "title", title,
              "path", page.outputPath(),
              "description", description,
              "heading", section.heading(),
              "anchor", section.anchor(),
              "text", section.text());
      List<Object> doc = FIELDS.stream().map(values::get).toList();
      sections.add(new IndexedSection(doc, tokens, scores, shardStarts));
    }
    return sections;
  }

  /**
   * One String per word for a whole index, shared by the threads that cut pages: the merge then
   * finds each word by a hash computed once and an identity check, instead of comparing copies.
   * Japanese tokens are one or two characters, cheaper to make and compare than to look up.
   */
  private static final class SharedTokens implements SearchTokenizer.WordMaker {
    private final Map<String, String> words = new ConcurrentHashMap<>();

    @Override
    public String word(char[] chars, int start, int length) {
      String word = new String(chars, start, length);
      String known = words.get(word);
      return known != null ? known : words.computeIfAbsent(word, w -> w);
    }

    /** The index tokens of {@code text}, each with how many times it occurs. */
    Map<String, int[]> tokensOf(String text) {
      // About two tokens a character (itself, and the pair it starts): sized once, never grown.
      Map<String, int[]> counts = new HashMap<>(Math.max(16, text.length() * 3));
      SearchTokenizer.forEachToken(
          SearchTokenizer.normalisedChars(text),
          true,
          this,
          token -> counts.computeIfAbsent(token, t -> new int[1])[0]++);
      return counts;
    }
  }

  /**
   * The sections of one token, in order: each as the gap from the previous id in base 36, then its
   * score as one letter, A (1) to Z (26, the most a section can score).
   */
  private static final class Postings {
    final StringBuilder encoded = new StringBuilder();
    int last;

    void add(int id, int score) {
      int gap = id - last;
      // Integer.toString(gap, 36), written in place: this runs once per token of every section.
      int digits = 1;
      for (int rest = gap / 36; rest > 0; rest /= 36) {
        digits++;
      }
      int end = encoded.length() + digits;
      encoded.setLength(end);
      for (int at = end - 1, rest = gap; at >= end - digits; at--, rest /= 36) {
        encoded.setCharAt(at, Character.forDigit(rest % 36, 36));
      }
      encoded.append((char) ('A' + score - 1));
      last = id;
    }
  }

  private static Index files(List<List<Object>> docs, List<Map<String, Postings>> postings) {
    long postingBytes = 0;
    for (Map<String, Postings> shard : postings) {
      for (Map.Entry<String, Postings> entry : shard.entrySet()) {
        postingBytes += entry.getKey().length() * 3L + entry.getValue().encoded.length() + 6;
      }
    }
    int buckets = bucketsFor(postingBytes);
    List<Map<String, Object>> shards = new ArrayList<>();
    for (int b = 0; b < buckets; b++) {
      shards.add(new TreeMap<>());
    }
    for (Map<String, Postings> shard : postings) {
      shard.forEach(
          (token, list) -> shards.get(bucket(token, buckets)).put(token, list.encoded.toString()));
    }

    List<OutputFile> files = new ArrayList<>();
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("buckets", buckets);
    manifest.put("chunk", CHUNK);
    manifest.put("sections", docs.size());
    manifest.put("fields", FIELDS);
    files.add(
        script(
            PATH,
            "(window.keeptrack=window.keeptrack||{}).searchIndex=" + Json.write(manifest) + ";\n"));
    // Written on all cores: each file is its own JSON; the list keeps their order.
    files.addAll(
        IntStream.range(0, buckets)
            .parallel()
            .mapToObj(b -> script(FOLDER + "t" + b + ".js", register("t" + b, shards.get(b))))
            .toList());
    files.addAll(
        IntStream.range(0, (docs.size() + CHUNK - 1) / CHUNK)
            .parallel()
            .mapToObj(
                n ->
                    script(
                        FOLDER + "d" + n + ".js",
                        register(
                            "d" + n,
                            docs.subList(n * CHUNK, Math.min(docs.size(), (n + 1) * CHUNK)))))
            .toList());
    long bytes = files.stream().mapToLong(f -> f.content().length).sum();
    return new Index(List.copyOf(files), bytes);
  }

  private static int bucketsFor(long postingBytes) {
    int buckets = 1;
    while (buckets < MAX_BUCKETS && (long) buckets * BUCKET_BYTES < postingBytes) {
      buckets *= 2;
    }
    return buckets;
  }

  private static String register(String name, Object value) {
    return "((window.keeptrack=window.keeptrack||{}).searchParts=window.keeptrack.searchParts||{})."
        + name
        + "="
        + Json.write(value)
        + ";\n";
  }

  private static OutputFile script(String path, String text) {
    return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The bucket of a token: FNV-1a over its UTF-16 units, the low bits. search.js computes the same;
   * {@code SearchIndexerTest} pins a few values that both must give.
   */
  public static int bucket(String token, int buckets) {
    int hash = 0x811c9dc5;
    for (int i = 0; i < token.length(); i++) {
      hash ^= token.charAt(i);
      hash *= 0x01000193;
    }
    return hash & (buckets - 1);
  }
}
