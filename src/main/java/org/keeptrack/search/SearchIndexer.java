package org.keeptrack.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
    TokenIds ids = new TokenIds();
    SearchWords.Numbered terms = words.numbered(ids);
    List<List<Object>> docs = new ArrayList<>();
    List<Shard> shards = IntStream.range(0, SHARDS).mapToObj(i -> new Shard()).toList();
    // Pages are cut and tokenised on all cores, a batch at a time so that the tokens of a large
    // site are never all in memory at once; ids are given in page order, so the index is the same
    // whatever the number of cores. The tokens are then added on all cores too, each core keeping
    // the tokens of its own shard, so that no core waits for one to add them all.
    for (int from = 0; from < pages.size(); from += BATCH) {
      List<IndexedSection> batch =
          pages.subList(from, Math.min(pages.size(), from + BATCH)).parallelStream()
              .flatMap(page -> indexed(page, words, terms, ids).stream())
              .toList();
      int first = docs.size();
      batch.forEach(section -> docs.add(section.doc()));
      IntStream.range(0, SHARDS).parallel().forEach(s -> shards.get(s).add(batch, first, s));
    }
    return files(docs, shards, ids);
  }

  /** Shards of the postings while they are made: as many as cores are likely, a power of two. */
  private static final int SHARDS = 4;

  /**
   * The shard of a token, from the high bits of its hash: each shard's own table places tokens by
   * the low bits, which then still differ.
   */
  private static int shardOf(int token) {
    return IntIntMap.mix(token) >>> (Integer.SIZE - Integer.numberOfTrailingZeros(SHARDS));
  }

  /** Pages per batch: enough that the cores rarely wait for each other between batches. */
  private static final int BATCH = 256;

  /** The postings of the tokens of one shard, in the order they were first seen. */
  private static final class Shard {
    /** Token → 1 + its index in {@link #postings}. */
    final IntIntMap indexes = new IntIntMap(1 << 14);

    final List<Postings> postings = new ArrayList<>();

    /** Adds the tokens of this shard of {@code batch} (its first section has id {@code first}). */
    void add(List<IndexedSection> batch, int first, int shard) {
      for (int s = 0; s < batch.size(); s++) {
        IndexedSection section = batch.get(s);
        for (int t = section.shardStarts()[shard]; t < section.shardStarts()[shard + 1]; t++) {
          postingsOf(section.tokens()[t]).add(first + s, section.scores()[t]);
        }
      }
    }

    private Postings postingsOf(int token) {
      int index = indexes.get(token);
      if (index == 0) {
        postings.add(new Postings(token));
        index = postings.size();
        indexes.add(token, index);
      }
      return postings.get(index - 1);
    }
  }

  /**
   * A section as the results show it, and its tokens with the score of each, grouped by shard:
   * those of shard {@code n} from {@code shardStarts[n]} to {@code shardStarts[n + 1]}.
   */
  private record IndexedSection(List<Object> doc, int[] tokens, byte[] scores, int[] shardStarts) {}

  /**
   * A page's sections, each token scored: 12 when in the page title and 6 in its description (both
   * for the page's first section only, so that a page whose title matches comes once, not once per
   * section), 8 in the section heading, and 1 per time in the text, at most 4. A heading thus
   * outweighs any amount of body text, and a title outweighs a heading. At most 26 (Z).
   */
  private static List<IndexedSection> indexed(
      Page page, SearchWords words, SearchWords.Numbered terms, TokenIds ids) {
    String title = page.frontMatter().title();
    String description = page.frontMatter().description();
    IntIntMap titleTokens = tokensOf(title, terms, ids);
    IntIntMap descriptionTokens = tokensOf(description, terms, ids);
    List<IndexedSection> sections = new ArrayList<>();
    for (PageSections.Section section : PageSections.of(page, words)) {
      boolean first = sections.isEmpty();
      IntIntMap headingTokens = tokensOf(section.heading(), terms, ids);
      IntIntMap counts = tokensOf(section.text(), terms, ids);
      List<IntIntMap> fields =
          first ? List.of(titleTokens, descriptionTokens, headingTokens) : List.of(headingTokens);
      for (IntIntMap field : fields) {
        field.forEach((token, count) -> counts.include(token));
      }
      // Each token's shard is found here, on the cores that cut pages, not by the merge.
      int[] shardStarts = new int[SHARDS + 1];
      counts.forEach((token, count) -> shardStarts[shardOf(token) + 1]++);
      for (int n = 0; n < SHARDS; n++) {
        shardStarts[n + 1] += shardStarts[n];
      }
      int[] next = Arrays.copyOf(shardStarts, SHARDS);
      int[] tokens = new int[counts.size()];
      byte[] scores = new byte[tokens.length];
      counts.forEach(
          (token, count) -> {
            int score =
                (first && titleTokens.contains(token) ? 12 : 0)
                    + (first && descriptionTokens.contains(token) ? 6 : 0)
                    + (headingTokens.contains(token) ? 8 : 0)
                    + Math.min(count, 4);
            int t = next[shardOf(token)]++;
            tokens[t] = token;
            scores[t] = (byte) Math.max(1, score);
          });
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

  /** The index tokens of {@code text}, each with how many times it occurs, terms widened. */
  private static IntIntMap tokensOf(String text, SearchWords.Numbered terms, TokenIds ids) {
    // Distinct tokens are fewer than characters: sized for half as many, grown when needed.
    IntIntMap counts = new IntIntMap(text.length() / 2 + 8);
    SearchTokenizer.forEachToken(
        SearchTokenizer.normalisedChars(text), true, ids, token -> counts.add(token, 1));
    terms.widen(counts);
    return counts;
  }

  /**
   * The sections of one token, in order: each as the gap from the previous id in base 36, then its
   * score as one letter, A (1) to Z (26, the most a section can score).
   */
  private static final class Postings {
    final int token;
    final StringBuilder encoded = new StringBuilder();
    int last;

    /** The token as written in the index: known once all are numbered, see {@link #files}. */
    String text;

    Postings(int token) {
      this.token = token;
    }

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

  private static Index files(List<List<Object>> docs, List<Shard> shards, TokenIds ids) {
    // Every word is numbered now: the tokens' texts, which the buckets and their order are of.
    shards.parallelStream()
        .flatMap(shard -> shard.postings.stream())
        .forEach(list -> list.text = ids.text(list.token));
    int buckets = bucketsFor(postingBytes(shards));
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("buckets", buckets);
    manifest.put("chunk", CHUNK);
    manifest.put("sections", docs.size());
    manifest.put("fields", FIELDS);
    List<OutputFile> files = new ArrayList<>();
    files.add(
        script(
            PATH,
            "(window.keeptrack=window.keeptrack||{}).searchIndex=" + Json.write(manifest) + ";\n"));
    files.addAll(tokenFiles(shards, buckets));
    // Written on all cores: each file is its own JSON; the list keeps their order.
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

  /** What the tokens' files will weigh, about. */
  private static long postingBytes(List<Shard> shards) {
    return shards.stream()
        .flatMap(shard -> shard.postings.stream())
        .mapToLong(list -> list.text.length() * 3L + list.encoded.length() + 6)
        .sum();
  }

  /**
   * The file of each bucket, its tokens in order: each shard's tokens are put in their buckets on
   * all cores, then each bucket is sorted and written on all cores.
   */
  private static List<OutputFile> tokenFiles(List<Shard> shards, int buckets) {
    List<List<List<Postings>>> byShard =
        shards.parallelStream().map(shard -> byBucket(shard.postings, buckets)).toList();
    return IntStream.range(0, buckets)
        .parallel()
        .mapToObj(
            b -> {
              Map<String, Object> bucket = new TreeMap<>();
              for (List<List<Postings>> shard : byShard) {
                shard.get(b).forEach(list -> bucket.put(list.text, list.encoded.toString()));
              }
              return script(FOLDER + "t" + b + ".js", register("t" + b, bucket));
            })
        .toList();
  }

  private static List<List<Postings>> byBucket(List<Postings> postings, int buckets) {
    List<List<Postings>> byBucket = new ArrayList<>(buckets);
    for (int b = 0; b < buckets; b++) {
      byBucket.add(new ArrayList<>());
    }
    postings.forEach(list -> byBucket.get(bucket(list.text, buckets)).add(list));
    return byBucket;
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
