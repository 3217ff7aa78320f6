package org.keeptrack.diagnostic;

/**
 * Every message the generator prints for contributors, in English and in Japanese side by side, so
 * that neither translation can be forgotten: the one catalog that the stages report with and that
 * the tests read ({@code CheckMessagesTest} checks that each message is shown by a golden report in
 * both languages).
 *
 * <p>A message is a {@link String#format} pattern; its placeholders are filled in by {@link
 * #formatted}. The {@code CLI_}, {@code PREVIEW_} and {@code WRITE_} messages are status lines of
 * the command line, the preview and the writer, tested by their own tests.
 */
public enum Message {
  // How a report is printed
  REPORT_GOT("got", "書かれた値"),
  REPORT_HINT("hint: %s", "ヒント: %s"),
  REPORT_ERROR("error", "エラー"),
  REPORT_WARNING("warning", "警告"),
  REPORT_DID_YOU_MEAN("did you mean `%s`?", "`%s` のことですか？"),
  // content/handbook.yaml
  CONFIG_HANDBOOK_YAML_NAVIGATION("handbook.yaml navigation", "handbook.yaml の navigation"),
  CONFIG_ENTRY_PAGE_PATH_SECTION_TITLE(
      "an entry is a page path, or a section with `title:` and `pages:` (a list) or `folder:`",
      "項目はページのパスか、`title:` と `pages:`（リスト）または `folder:` を持つまとまりです"),
  CONFIG_SITE_CONFIGURATION_MISSING("the site configuration is missing", "サイトの設定ファイルがありません"),
  CONFIG_RENAME_CONTENT_HANDBOOK_YML_HANDBOOK(
      "rename content/handbook.yml to handbook.yaml",
      "content/handbook.yml の名前を handbook.yaml に変えてください"),
  CONFIG_CREATE_LEAST_TITLE_NAVIGATION(
      "create it with at least `title:` and `navigation:`",
      "`title:` と `navigation:` を書いたファイルを作ってください"),
  CONFIG_START_TITLE("start with `title: …`", "`title: …` から書き始めます"),
  CONFIG_WRITE_TITLE_SITE_NAME("write `title: the site's name`", "`title: サイトの名前` と書きます"),
  CONFIG_THEME_DOES_NOT_EXIST("theme `%s` does not exist", "テーマ `%s` はありません"),
  CONFIG_NAME_FOLDER("name a folder of %s/", "%s/ にあるフォルダの名前を書きます"),
  CONFIG_BRANCH_MUST_BRANCH_NAME("`branch` must be a branch name", "`branch` にはブランチ名を書きます"),
  CONFIG_EXAMPLE_BRANCH_MAIN("for example `branch: main`", "たとえば `branch: main`"),
  CONFIG_BASEURL_MUST_BE_ABSOLUTE(
      "`baseUrl` must be an absolute http(s) address", "`baseUrl` は http(s):// で始まる完全なアドレスにしてください"),
  CONFIG_EXAMPLE_BASEURL_HTTPS_EXAMPLE_ORG(
      "for example `baseUrl: https://example.org/handbook/`, or leave it out",
      "たとえば `baseUrl: https://example.org/handbook/`。不要なら行ごと消します"),
  CONFIG_THEME_NO_WORDS_LANGUAGE(
      "the theme has no words in the language `%s`", "テーマには `%s` という言語のことばがありません"),
  CONFIG_SET_LANGUAGE_ONE_THEME_FILE(
      "set `language:` to one the theme has (a file in %s), or add %s",
      "`language:` をテーマにある言語（%s にあるファイル）にするか、%s を加えます"),
  CONFIG_REPOSITORY_MUST_HTTPS_ADDRESS_REPOSITORY(
      "`repository` must be the https address of the repository",
      "`repository` にはリポジトリの https:// で始まるアドレスを書きます"),
  CONFIG_EXAMPLE_REPOSITORY_HTTPS_GITHUB_COM(
      "for example `repository: https://github.com/owner/handbook`, or leave it out",
      "たとえば `repository: https://github.com/owner/handbook`。不要なら行ごと消します"),
  CONFIG_NAVIGATION_MUST_LIST("`navigation` must be a list", "`navigation` はリストにしてください"),
  CONFIG_WRITE_ONE_PAGE_MD_LINE(
      "write one `- page.md` line per entry", "1 項目につき `- page.md` の行を 1 行書きます"),
  CONFIG_GIVE_SECTION_TITLE("give the section a `title:`", "まとまりに `title:` を付けてください"),
  CONFIG_SECTION_NEEDS_EITHER_PAGES_FOLDER(
      "a section needs either `pages:` or `folder:`", "まとまりには `pages:` か `folder:` のどちらか一方が必要です"),
  CONFIG_PAGES_MUST_LIST_PAGE_PATHS(
      "`pages` must be a list of page paths", "`pages` はページのパスのリストにしてください"),
  CONFIG_WRITE_ONE_PAGE_MD_LINE_PER_PAGE(
      "write one `- page.md` line per page", "1 ページにつき `- page.md` の行を 1 行書きます"),
  CONFIG_PAGE_MUST_PATH_SUCH_GUIDE(
      "a page must be a path such as `guide.md`", "ページは `guide.md` のようなパスで書きます"),
  CONFIG_IGNORE_NOT_PATTERN(
      "an `ignore` entry must be a file pattern inside content/",
      "`ignore` の項目には content/ の中のファイルのパターンを書きます"),
  CONFIG_WRITE_IGNORE_PATTERNS(
      "write one pattern a line, such as `- \"*.vue\"` (a name in any folder) or `- demo/**`",
      "`- \"*.vue\"`（どのフォルダでもこの名前）や `- demo/**` のように 1 行に 1 つ書きます"),
  // Reading YAML files
  YAML_EXPECTED_KEY_VALUE_LINES_FOUND(
      "expected `key: value` lines, found %s", "`キー: 値` の行が必要ですが、%sが書かれています"),
  YAML_KIND_TEXT("text", "文字列"),
  YAML_WRITE_YOUR_TEXT("write `%1$s: your text`", "`%1$s: 書きたい文` の形で書きます"),
  YAML_REQUIRED("`%s` is required", "`%s` が必要です"),
  YAML_MUST_NOT_EMPTY("`%s` must not be empty", "`%s` を空にはできません"),
  YAML_KIND_WHOLE_NUMBER("a whole number", "整数"),
  YAML_KIND_TRUE_FALSE("true or false", "真偽値（true か false）"),
  YAML_WRITE_TRUE_FALSE(
      "write `%1$s: true` or `%1$s: false`", "`%1$s: true` か `%1$s: false` と書きます"),
  YAML_KIND_LIST("a list", "リスト"),
  YAML_UNKNOWN_KEY_PASSED_TEMPLATES(
      "unknown key `%s` is passed to templates as is", "知らないキー `%s` はそのままテンプレートに渡します"),
  YAML_UNKNOWN_KEY("unknown key `%s`", "`%s` というキーはありません"),
  YAML_KNOWN_KEYS("the known keys are %s", "使えるキーは %s です"),
  YAML_MUST_NOT("`%s` must be %s, not %s", "`%s` は%sで書いてください（いまは%sです）"),
  YAML_FILE_MB_SOURCE_FILE_MAY(
      "the file is %.1f MB; a source file may be at most 1 MB",
      "このファイルは %.1f MB あります。ソースファイルは 1 MB までです"),
  YAML_SPLIT_INTO_SEVERAL_SMALLER_FILES(
      "split it into several smaller files", "いくつかの小さなファイルに分けてください"),
  YAML_FILE_LINK_ANOTHER_FILE_BUILD(
      "the file is a link to another file; the build reads only the project's own files",
      "このファイルは別のファイルへのリンクです。ビルドはプロジェクトのファイルそのものしか読みません"),
  YAML_REPLACE_LINK_FILE_ITSELF("replace the link with the file itself", "リンクをやめ、ファイルそのものを置いてください"),
  YAML_INVALID_YAML("invalid YAML: %s", "YAML として読めません: %s"),
  YAML_TAGS_SUCH_JAVA_NOT(
      "YAML tags such as `!!java…` are not allowed; write the plain value",
      "`!!java…` のような YAML タグは使えません。値だけを書いてください"),
  YAML_CHECK_INDENTATION_QUOTE_VALUES_CONTAIN(
      "check the indentation and quote values that contain `:` or `#`",
      "字下げを確かめ、`:` や `#` を含む値は引用符で囲んでください"),
  YAML_LISTS_MAPS_NESTED_MORE_THAN(
      "lists and maps are nested more than %d levels deep", "リストやマップが %d 階層より深く入れ子になっています"),
  YAML_NEST_THEM_LESS_DEEPLY("nest them less deeply", "入れ子を浅くしてください"),
  YAML_ALIAS_REFERS_LIST_MAP(
      "an alias refers to the list or map it is in", "エイリアスが、自分を含むリストやマップを指しています"),
  YAML_WRITE_VALUE_OUT_INSTEAD_ALIAS(
      "write the value out instead of the alias", "エイリアスではなく値そのものを書いてください"),
  YAML_TAGS_NOT_ALLOWED("YAML tags are not allowed", "YAML タグは使えません"),
  YAML_REMOVE_TAG_WRITE_PLAIN_VALUE(
      "remove the `!` tag and write the plain value", "`!` で始まるタグを消して、値だけを書いてください"),
  YAML_KEY_MUST_PLAIN_TEXT("a key must be plain text", "キーはふつうの文字列にしてください"),
  YAML_WRITE_NAME_VALUE("write `name: value`", "`名前: 値` の形で書きます"),
  YAML_MERGE_KEYS_NOT_SUPPORTED("merge keys (`<<`) are not supported", "マージキー（`<<`）は使えません"),
  YAML_WRITE_KEYS_OUT_FULL("write the keys out in full", "キーを省略せずに書いてください"),
  YAML_DUPLICATE_KEY("duplicate key `%s`", "キー `%s` が二度書かれています"),
  YAML_ALREADY_SET_LINE_KEEP_ONE(
      "it is already set at line %d; keep one of the two", "%d 行目ですでに書かれています。どちらか一方を残してください"),
  YAML_STARTS_LINE_COLUMN(
      "%1$s, %2$s that starts at line %3$d, column %4$d", "%1$s（%3$d 行 %4$d 列目で始まる部分: %2$s）"),
  YAML_KIND_NOTHING("nothing", "空の値"),
  YAML_TRUE_OR_FALSE_SHORT("true/false", "真偽値"),
  YAML_KIND_NUMBER("a number", "数値"),
  YAML_KIND_MAP("a map", "`キー: 値` の組"),
  // Loading the files of content/
  SOURCE_FILES_NOT_PUBLISHED_HTML_SVG(
      "`%s` files are not published: an HTML, SVG or script file can run code on the site's"
          + " pages, where readers' answers are saved",
      "`%s` のファイルは公開しません。HTML・SVG・スクリプトのファイルは、読者の回答が保存されているサイトのページの上で処理を動かせるためです"),
  SOURCE_CONVERT_SVG_TO_PNG(
      "convert it to PNG and link the .png instead, for example with `rsvg-convert -w 1200 -o"
          + " %1$s.png %1$s.svg` or Inkscape's Export PNG",
      "PNG に変換して、リンクも .png に書き換えます。たとえば `rsvg-convert -w 1200 -o %1$s.png %1$s.svg`"
          + " か、Inkscape の「PNG 画像にエクスポート」で変換できます"),
  SOURCE_WRITE_PAGE_MD_FILE_CONTENT(
      "write a page as a .md file; content/ may hold only images (%1$s) and PDF",
      "ページは .md ファイルで書きます。content/ に置けるのは画像（%1$s）と PDF だけです"),
  SOURCE_CANNOT_LIST("cannot list: %s", "中身を一覧できません: %s"),
  SOURCE_FILE_NOT_UTF_8_TEXT("the file is not UTF-8 text", "このファイルは UTF-8 のテキストではありません"),
  SOURCE_SAVE_UTF_8_YOUR_EDITOR("save it as UTF-8 in your editor", "エディタで文字コードを UTF-8 にして保存してください"),
  SOURCE_CANNOT_READ("cannot read: %s", "読み込めません: %s"),
  // Markdown pages and their front matter
  PAGE_READING_PAGE_TOOK_LONGER_THAN(
      "reading this page took longer than %d seconds", "このページの読み取りに %d 秒以上かかりました"),
  PAGE_LONG_RUNS_WWW_MAKE_MARKDOWN(
      "long runs of `[`, `]`, `*`, `_` or `www.` make the Markdown reader slow; shorten them"
          + " or split the page",
      "`[`、`]`、`*`、`_`、`www.` が長く続くと Markdown の読み取りが遅くなります。短くするか、ページを分けてください"),
  PAGE_COULD_NOT_READ("this page could not be read: %s", "このページを読み取れませんでした: %s"),
  PAGE_NESTED_TOO_DEEPLY("it is nested too deeply", "入れ子が深すぎます"),
  PAGE_QUOTES_LISTS_EMPHASIS_NESTED_THOUSANDS(
      "quotes, lists or emphasis nested thousands of levels deep are the usual cause;"
          + " nest less deeply",
      "何千段にも入れ子になった引用・リスト・強調がよくある原因です。入れ子を浅くしてください"),
  PAGE_OPEN_BRACKETS("`[`", "`[`"),
  PAGE_WWW_ADDRESSES("`www.` addresses", "`www.` で始まるアドレス"),
  PAGE_RUNS("runs of `*` or `_`", "`*` や `_` の並び"),
  PAGE_TABLE_ROWS("table rows", "表の行"),
  PAGE_RUNS_BACKTICKS("runs of backticks", "バッククォートの並び"),
  PAGE_MORE_THAN_PAST_MARKDOWN(
      "this page has more than %,d %s; past that the Markdown reader slows down" + " sharply",
      "このページには %2$s が %1$,d 個より多くあります。それを超えると Markdown の読み取りがとても遅くなります"),
  PAGE_RUN_MORE_THAN_OVERFLOWS_MARKDOWN(
      "a run of more than %,d `*` or `_` overflows the Markdown reader",
      "%,d 個より多く続く `*` や `_` は Markdown の読み取りをあふれさせます"),
  PAGE_SHORTEN_RUN_LINE_ACROSS_PAGE(
      "shorten the run; for a line across the page write `---`", "並びを短くしてください。区切り線なら `---` と書きます"),
  PAGE_QUOTES_LISTS_NESTED_MORE_THAN(
      "quotes and lists are nested more than %d levels deep here",
      "ここでは引用やリストが %d 段より深く入れ子になっています"),
  PAGE_HEADING_SPACES_MORE_THAN(
      "this line opens with `#` and has a run of more than %d spaces or tabs; past that the"
          + " Markdown reader slows down sharply",
      "この行は `#` で始まり、%d 個より多く続く空白やタブがあります。それを超えると Markdown の読み取りがとても遅くなります"),
  PAGE_SHORTEN_HEADING_SPACES(
      "write at most a few spaces or tabs in a row on a line that opens with `#`, a heading's"
          + " or a code comment's",
      "`#` で始まる行（見出しやコードのコメント）では、空白やタブを続けて数個までにしてください"),
  PAGE_NEST_QUOTES_LISTS_LESS_DEEPLY("nest quotes and lists less deeply", "引用やリストの入れ子を浅くしてください"),
  PAGE_SPLIT_PAGE_WRITE_FEWER_THEM("split the page, or write fewer of them", "ページを分けるか、数を減らしてください"),
  PAGE_HEADING_REPEATS_TITLE_LEVEL(
      "a `#` heading repeats the page title's level", "`#` の見出しはページの題と同じ階層になってしまいます"),
  PAGE_START_HEADINGS_AT_H2(
      "start the page's headings with `##`; the title is already the page's only h1",
      "見出しは `##` から始めます。ページの題がすでにただ一つの h1 です"),
  PAGE_HEADING_SKIPS_FROM_LEVEL_LEVEL(
      "the heading skips from level %d to level %d", "見出しが第 %d 階層から第 %d 階層へ飛んでいます"),
  PAGE_USE_HERE_ADD_MISSING_LEVEL(
      "use %s here, or add the missing level above it", "ここを %s にするか、抜けている階層の見出しを上に加えます"),
  PAGE_UNKNOWN_KIND_NOTE("unknown kind of note `!!! %s`", "`!!! %s` という種類の囲みはありません"),
  PAGE_USE_ONE("use one of %s", "%s のどれかを使います"),
  PAGE_UNKNOWN_KIND_CONTAINER("unknown kind of note `::: %s`", "`::: %s` という種類の囲みはありません"),
  PAGE_CONTAINER_LINE_LEFT_AS_TEXT(
      "this `:::` line opens or closes nothing (notes nest at most %d deep)",
      "この `:::` の行は何も開きも閉じもしません（囲みを入れ子にできるのは %d 段まで）"),
  PAGE_OPEN_CONTAINER_CLOSE_IT(
      "open a note with `::: tip` on a line of its own and close it with `:::`; an outer note"
          + " takes more colons (`::::`)",
      "囲みは 1 行の `::: tip` で始めて `:::` で閉じます。外側の囲みにはコロンを多く（`::::`）書きます"),
  PAGE_NOT_A_WORKSHEET_OF_ITS_FOLDER(
      "`worksheets` may list only worksheets of this page's folder",
      "`worksheets` に書けるのは、このページと同じフォルダのワークシートだけです"),
  PAGE_WORKSHEET_LISTED_TWICE(
      "`worksheets` lists this worksheet twice; its copies would share their ids and answers",
      "`worksheets` にこのワークシートが2回書かれています。同じ id と回答を共有してしまいます"),
  PAGE_LIST_EACH_WORKSHEET_ONCE("list each worksheet once", "ワークシートはそれぞれ1回だけ書きます"),
  PAGE_LIST_WORKSHEETS_OF_ITS_FOLDER(
      "list them by file name, such as `- interview.yaml`, with this page in their folder"
          + " (content/worksheets/)",
      "`- interview.yaml` のようにファイル名で並べ、このページもワークシートと同じフォルダ" + "（content/worksheets/）に置きます"),
  PAGE_HTML_NOT_SHOWN(
      "HTML `<%s>` is not shown: pages are written in Markdown",
      "HTML の `<%s>` は表示されません。ページは Markdown で書きます"),
  PAGE_HTML_IMG_WRITE(
      "write `![what the image shows](%s)` on a line of its own", "`![画像に写っているもの](%s)` を 1 行に書きます"),
  PAGE_HTML_IMG_WRITE_AS(
      "write `![%2$s](%1$s)` on a line of its own", "`![%2$s](%1$s)` を 1 行に書きます"),
  PAGE_HTML_A_WRITE(
      "write `[text](page.md)` or `[text](https://…)`",
      "`[文字](page.md)` か `[文字](https://…)` と書きます"),
  PAGE_HTML_BR_WRITE(
      "write `<br>` alone, or end the line with `\\` to break it",
      "`<br>` だけを書くか、行末に `\\` を書いて改行します"),
  PAGE_HTML_DETAILS_WRITE(
      "write `!!! note \"title\"` with the content indented by four spaces",
      "`!!! note \"見出し\"` と書き、中身を 4 文字下げて書きます"),
  PAGE_HTML_EMPHASIS_WRITE(
      "write `**text**` for strong and `*text*` for emphasis", "強調は `**文字**`、軽い強調は `*文字*` と書きます"),
  PAGE_HTML_CODE_WRITE(
      "put code between backticks: `` `code` ``", "コードはバッククォートで囲みます: `` `code` ``"),
  PAGE_HTML_OTHER_WRITE(
      "write the content as Markdown: paragraphs, lists, tables, or `!!! note` for a box",
      "中身を Markdown で書きます。段落・リスト・表、囲みには `!!! note`"),
  PAGE_HTML_COMPONENT_WRITE(
      "`<%1$s>` is a component of another generator; write its content as Markdown, or `\\<%1$s>`"
          + " to show the text",
      "`<%1$s>` はほかのジェネレーターの部品です。中身を Markdown で書くか、文字として見せるなら `\\<%1$s>` と書きます"),
  PAGE_HEADING_ANCHOR_NOT_USABLE(
      "the heading's anchor `{#%s}` is not used: it is empty, repeated, or holds other characters",
      "見出しのアンカー `{#%s}` は使いません。空か、ほかの見出しと同じか、使えない文字を含んでいます"),
  PAGE_WRITE_ANCHOR_LETTERS_DIGITS(
      "write `{#name}` with letters, digits, `-` and `_`, once per page; the heading keeps the id"
          + " made from its text",
      "`{#名前}` には文字・数字・`-`・`_` だけを使い、1 ページに 1 回だけ書きます。この見出しには本文から作った id が付きます"),
  PAGE_IMAGE_NO_DESCRIPTION("the image has no description", "画像に説明がありません"),
  PAGE_WRITE_WHAT_IMAGE_SHOWS_BETWEEN(
      "write what the image shows between the brackets: ![説明](%s)",
      "画像に写っているものを角かっこの中に書きます: ![説明](%s)"),
  PAGE_WRITE_KEY_VALUE_LINES("write `key: value` lines", "`キー: 値` の行で書きます"),
  PAGE_FRONT_MATTER("front matter", "フロントマター"),
  PAGE_MUST_START_FRONT_MATTER(
      "a page must start with front matter or a `#` heading", "ページはフロントマターか `#` の見出しで始めます"),
  PAGE_BEGIN_FILE_LINE_TITLE_ANOTHER(
      "begin the file with a line `# title`, or with `---`, a line `title: …`, and another `---`",
      "ファイルの先頭に `# タイトル` の行を書くか、`---`、`title: …` の行、もう一つの `---` を書きます"),
  PAGE_FRONT_MATTER_NEVER_CLOSED(
      "the front matter opened on line 1 is never closed", "1 行目で始まったフロントマターが閉じていません"),
  PAGE_ADD_LINE_AFTER_LAST_FRONT(
      "add a line `---` after the last front matter key", "フロントマターの最後のキーの後に `---` の行を加えます"),
  PAGE_ADD_TITLE_LINE("add a line `title: …` with the page's title", "ページの題を `title: …` の行で書きます"),
  PAGE_WRITE_WHOLE_NUMBER_SUCH_ORDER(
      "write a whole number such as `order: 2`; lower comes first",
      "`order: 2` のように整数で書きます。小さいほど前に並びます"),
  PAGE_REVIEWED_NOT_REAL_DATE("`reviewed` is not a real date", "`reviewed` が実在する日付になっていません"),
  PAGE_WRITE_DAY_CONTENT_LAST_CHECKED(
      "write the day the content was last checked, such as `reviewed: 2026-12-02`",
      "内容を最後に確かめた日を `reviewed: 2026-12-02` のように書きます"),
  // Result templates of worksheets
  TEMPLATE_PARTIALS_DELIMITER_CHANGES_NOT_SUPPORTED(
      "partials and delimiter changes are not supported", "パーシャルと区切り記号の変更は使えません"),
  TEMPLATE_USE_NAME_NAME_NAME_NAME(
      "use {{name}}, {{#name}}…{{/name}} and {{^name}}…{{/name}}",
      "{{name}}、{{#name}}…{{/name}}、{{^name}}…{{/name}} を使います"),
  TEMPLATE_CLOSES_SECTION_NOT_OPEN(
      "`{{/%s}}` closes a section that is not open", "`{{/%s}}` で閉じようとしているセクションは開いていません"),
  TEMPLATE_REMOVE("remove it", "この閉じタグを消してください"),
  TEMPLATE_CLOSE_FIRST("close `{{#%s}}` first", "先に `{{#%s}}` を閉じてください"),
  TEMPLATE_SECTION_NEVER_CLOSED(
      "the section `{{#%s}}` is never closed", "セクション `{{#%s}}` が閉じていません"),
  TEMPLATE_ADD_WHERE_ENDS("add `{{/%s}}` where it ends", "終わるところに `{{/%s}}` を書きます"),
  TEMPLATE_USES_WHICH_NO_QUESTION(
      "the template uses `%s`, which no question of the worksheet defines",
      "テンプレートが使う `%s` は、このワークシートのどの質問にもありません"),
  TEMPLATE_NAMES_HERE("the names here are %s", "ここで使える名前は %s です"),
  // Worksheets
  WORKSHEET_FIELD("worksheet field", "ワークシートの質問"),
  WORKSHEET_WRITE_ID_TYPE_LABEL(
      "write `- id: …`, `type: …`, `label: …`", "`- id: …`、`type: …`、`label: …` を書きます"),
  WORKSHEET_TABLE_COLUMN("table column", "表の列"),
  WORKSHEET_OPTION("option", "選択肢"),
  WORKSHEET_WRITE_VALUE_LABEL("write `- {value: a, label: …}`", "`- {value: a, label: …}` の形で書きます"),
  WORKSHEET_COMPUTED_DATE_NEVER_TYPED_SO(
      "a computed date is never typed in, so it cannot be required",
      "計算される日付は読者が入力しないので、必須にはできません"),
  WORKSHEET_COMPUTED_NUMBER_NEVER_TYPED(
      "a computed number is never typed in, so it cannot be required",
      "計算される数は読者が入力しないので、必須にはできません"),
  WORKSHEET_MAKE_ADDED_QUESTIONS_REQUIRED(
      "make the questions it adds up required instead", "代わりに、足し合わせる質問を必須にします"),
  WORKSHEET_LIST_NUMBER_QUESTIONS_ADDED(
      "list the ids of the number questions it adds up, such as `sum: [pay]`",
      "`sum: [pay]` のように、足し合わせる数の質問の id を並べます"),
  WORKSHEET_COMPUTED_NUMBER_ADDS_NUMBERS(
      "`%s` is a %s question; a computed number adds up only number questions",
      "`%s` は %s の質問です。計算される数が足し合わせるのは数の質問だけです"),
  WORKSHEET_MAKE_FROM_QUESTION_REQUIRED_INSTEAD(
      "make its `from` question required instead", "代わりに `from` の質問を必須にします"),
  WORKSHEET_WRITE_HOW_MANY_LINES_PRINT(
      "write how many lines to print, such as `lines: 3`", "印刷するときの行数を `lines: 3` のように書きます"),
  WORKSHEET_ONLY_YESNO_QUESTION_COUNT_TOWARDS(
      "only a `yesno` question can count towards a score", "スコアに数えられるのは `yesno` の質問だけです"),
  WORKSHEET_ADD_LABEL_QUESTION_READER_SEES(
      "add `label: …`, the question as the reader sees it", "読者に見せる問いを `label: …` で書きます"),
  WORKSHEET_ADD_TYPE("add `type: …`, %s", "`type: …` を加えます。%s"),
  WORKSHEET_UNKNOWN_QUESTION_TYPE("unknown question type `%s`", "`%s` という質問の種類はありません"),
  WORKSHEET_TABLE_COLUMN_CANNOT_TYPE("a table column cannot be of type `%s`", "表の列に `%s` は使えません"),
  WORKSHEET_QUESTION_NEEDS_OPTIONS(
      "a `%s` question needs `options:`", "`%s` の質問には `options:` が必要です"),
  WORKSHEET_LIST_CHOICES_VALUE_LABEL(
      "list the choices as `- {value: a, label: …}`", "選択肢を `- {value: a, label: …}` の形で並べます"),
  WORKSHEET_QUESTION_TAKES_NO_OPTIONS(
      "a `%s` question takes no `options:`", "`%s` の質問には `options:` を書けません"),
  WORKSHEET_USE_RADIO_SELECT_CHECKBOXES_CHECKLIST(
      "use `radio`, `select`, `checkboxes` or `checklist` for choices",
      "選択式には `radio`、`select`、`checkboxes`、`checklist` を使います"),
  WORKSHEET_QUESTION_OF_TYPE("a `%1$s` question", " `%1$s` の質問"),
  WORKSHEET_QUESTION_OF_TYPES("a `%1$s` or `%2$s` question", " `%1$s` か `%2$s` の質問"),
  WORKSHEET_ONLY_TAKES("only %1$s takes `%2$s`", "`%2$s` を書けるのは%1$sだけです"),
  WORKSHEET_NAME_DATE_QUESTION_COMPUTED_FROM(
      "name the date question it is computed from, such as `from: return_date`",
      "もとにする日付の質問の id を `from: return_date` のように書きます"),
  WORKSHEET_WRITE_DAYS_WEEKS_MONTHS_BEFORE(
      "write days, weeks or months before (-) or after it, such as `offset: -2 weeks`"
          + " or `offset: 1 month`",
      "前（-）または後の日数・週数・月数を `offset: -2 weeks` や `offset: 1 month` のように書きます"),
  WORKSHEET_OFFSET_NOT_NUMBER_DAYS_WEEKS(
      "`offset` is not a number of days, weeks or months", "`offset` が日数・週数・月数になっていません"),
  WORKSHEET_ADJUST_NOT_KNOWN(
      "`adjust` is not a way to move a date off weekends and holidays",
      "`adjust` が週末と祝日を避ける書き方になっていません"),
  WORKSHEET_WRITE_ADJUST_WORKING_DAY(
      "write `adjust: previous-working-day` or `adjust: next-working-day`, or leave it out",
      "`adjust: previous-working-day`（前の平日）か `adjust: next-working-day`（次の平日）と書くか、書かずにおきます"),
  WORKSHEET_ADD_VALUE("add `value: …`; %s", "`value: …` を加えます。%s"),
  WORKSHEET_ADD_LABEL_WHAT_READER_SEES(
      "add `label: …`, what the reader sees", "読者に見せる文を `label: …` で書きます"),
  WORKSHEET_VALUE_LISTED_TWICE("the value `%s` is listed twice", "値 `%s` が二度書かれています"),
  WORKSHEET_VALUES_MUST_UNIQUE("values must be unique", "値は一つずつ別にします"),
  WORKSHEET_LIST_COLUMNS_ID("list the columns with `- id: …`", "列を `- id: …` で並べます"),
  WORKSHEET_TABLE_QUESTION_NEEDS_COLUMNS(
      "a `table` question needs `columns:`", "`table` の質問には `columns:` が必要です"),
  WORKSHEET_LIST_COLUMNS_ID_TASK_TYPE(
      "list the columns as `- {id: task, type: text, label: …}`",
      "列を `- {id: task, type: text, label: …}` の形で並べます"),
  WORKSHEET_COLUMN_IDS_MUST_UNIQUE_TABLE(
      "column ids must be unique in a table", "列の id は表の中で一つずつ別にします"),
  WORKSHEET_WRITE_SHOWIF_FIELD_ID_EQUALS(
      "write `showIf: {field: id, equals: value}`", "`showIf: {field: id, equals: value}` の形で書きます"),
  WORKSHEET_NAME_QUESTION_DEPENDS("name the question it depends on", "条件にする質問の id を書きます"),
  WORKSHEET_GIVE_VALUE_SHOWS_QUESTION(
      "give the value that shows this question", "この質問を表示するときの値を書きます"),
  WORKSHEET_RESULT("worksheet result", "ワークシートの結果"),
  WORKSHEET_SCORE_OUTCOME("score outcome", "スコアの結果"),
  WORKSHEET_RESULT_IDS_MUST_UNIQUE("result ids must be unique", "結果の id は一つずつ別にします"),
  WORKSHEET_UNKNOWN_RESULT_TYPE("unknown result type `%s`", "`%s` という結果の種類はありません"),
  WORKSHEET_WRITE_TEXT_QUESTION_ID_WHERE(
      "write the text with {{question_id}} where answers go", "回答を入れる場所に {{質問のid}} を置いて文を書きます"),
  WORKSHEET_LIST_THEM_ID("list them with `- id: …`", "`- id: …` で並べます"),
  WORKSHEET_WRITE_ID_TITLE_TEXT_PAGE(
      "write `- id: …`, `title: …`, `text: …`, `page: …`",
      "`- id: …`、`title: …`、`text: …`、`page: …` を書きます"),
  WORKSHEET_SCORE_NEEDS_OUTCOMES("a score needs `outcomes:`", "score には `outcomes:` が必要です"),
  WORKSHEET_LIST_WHAT_ANSWERS_POINT("list what the answers can point to", "回答から導く結果を並べます"),
  WORKSHEET_ADD_FILENAME_PLAN_ICS("add `filename: plan.ics`", "`filename: plan.ics` を加えます"),
  WORKSHEET_FILENAME_MUST_SIMPLE_FILE_NAME(
      "`filename` must be a simple file name ending in .ics", "`filename` は .ics で終わる簡単なファイル名にします"),
  WORKSHEET_EXAMPLE_FILENAME_PLAN_ICS(
      "for example `filename: plan.ics`", "例: `filename: plan.ics`"),
  WORKSHEET_CALENDAR_WEEKDAY_TABLE("a calendar of a weekday table", "曜日の表のカレンダー"),
  WORKSHEET_NAME_TABLE_QUESTION_WHOSE_ROWS(
      "name the table question whose rows are weekdays, or list date questions in" + " `dates:`",
      "行が曜日になっている表の質問の id を書くか、日付の質問を `dates:` に並べます"),
  WORKSHEET_WRITE_EVENT_TITLE_SUCH_FIRST(
      "write the event title, such as `当番：{{first}}`", "予定の題を `当番：{{first}}` のように書きます"),
  WORKSHEET_THERE_NO_TABLE_QUESTION("there is no table question `%s`", "`%s` という表の質問はありません"),
  WORKSHEET_NAME_QUESTION_TYPE_TABLE(
      "name a question of `type: table`", "`type: table` の質問の id を書きます"),
  WORKSHEET_ROWS_MUST_WEEKDAYS("the rows of `%s` must be weekdays", "`%s` の行は曜日にします"),
  WORKSHEET_GIVE_TABLE_FIXED_ROWS_VALUES(
      "give the table fixed `rows:` with the values MO, TU, WE, TH, FR, SA or SU",
      "表に `rows:` を書き、値を MO、TU、WE、TH、FR、SA、SU のどれかにします"),
  WORKSHEET_LIST_IDS_DATE_COMPUTED_DATE(
      "list the ids of `date` or `computed-date` questions, such as `dates: [interview, review]`",
      "`date` か `computed-date` の質問の id を `dates: [interview, review]` のように並べます"),
  WORKSHEET_THERE_NO_DATE_QUESTION("there is no date question `%s`", "`%s` という日付の質問はありません"),
  WORKSHEET_LISTED_TWICE("`%s` is listed twice", "`%s` が二度書かれています"),
  WORKSHEET_LIST_EACH_QUESTION_ONCE("list each question once", "質問は一度ずつ並べます"),
  WORKSHEET_DATES_EMPTY("`dates` is empty", "`dates` が空です"),
  WORKSHEET_RESULT_NAMED("result `%s`", "結果 `%s`"),
  WORKSHEET_NAME_QUESTION_TYPE_DATE(
      "name a question of `type: date`", "`type: date` の質問の id を書きます"),
  WORKSHEET_THERE_NO_QUESTION("there is no question `%s`", "`%s` という質問はありません"),
  WORKSHEET_NAME_ID_QUESTION_WORKSHEET(
      "name the id of a question of this worksheet", "このワークシートにある質問の id を書きます"),
  WORKSHEET_QUESTION_CONDITION_NEEDS_CHOICE_YES(
      "`%s` is a %s question; a condition needs a choice or yes/no question",
      "`%s` は %s の質問です。条件にできるのは選択式か yes/no の質問です"),
  WORKSHEET_NO_VALUE("`%s` has no value `%s`", "`%s` に `%s` という値はありません"),
  WORKSHEET_VALUES("its values are %s", "値は %s です"),
  WORKSHEET_QUESTION_DEPENDS_ITSELF_THROUGH_CONDITIONS(
      "the question `%s` depends on itself through its conditions (%s)",
      "質問 `%s` の条件をたどると、自分自身に戻ってしまいます（%s）"),
  WORKSHEET_REMOVE_ONE_CONDITIONS_CIRCLE(
      "remove one of the conditions in the circle", "この輪の中の条件のどれかを外してください"),
  WORKSHEET_QUESTION_COMPUTED_DATE_COUNTS_FROM(
      "`%s` is a %s question; a computed date counts from a `date` question",
      "`%s` は %s の質問です。計算される日付のもとにできるのは `date` の質問です"),
  WORKSHEET_YESNO_TAKES_NO_EXAMPLE(
      "a yes/no question shows no example: it would suggest the answer",
      "はい・いいえの質問には記入例を付けません。答えを誘導してしまうためです"),
  WORKSHEET_REMOVE_EXAMPLE_SAY_IN_HELP(
      "remove `example:`; say in `help:` what to weigh before answering",
      "`example:` を消し、答える前に考えることは `help:` に書きます"),
  WORKSHEET_SCORE_NAMES_NO_OUTCOME_SCORE(
      "`score: %s` names no outcome of a score result", "`score: %s` に当たるスコアの結果（outcome）がありません"),
  WORKSHEET_ADD_RESULT_TYPE_SCORE_OUTCOMES(
      "add a result of `type: score` with `outcomes:`", "`type: score` の結果を `outcomes:` 付きで加えます"),
  WORKSHEET_OUTCOMES("the outcomes are %s", "結果は %s です"),
  WORKSHEET_WORKSHEET("worksheet", "ワークシート"),
  WORKSHEET_SECTION("worksheet section", "ワークシートのセクション"),
  WORKSHEET_START_ID("start with `id: …`", "`id: …` から書き始めます"),
  WORKSHEET_ADD_TITLE_NAME("add `title: …`, the worksheet's name", "ワークシートの名前を `title: …` で書きます"),
  WORKSHEET_LIST_SECTIONS_TITLE("list the sections with `- title: …`", "セクションを `- title: …` で並べます"),
  WORKSHEET_NEEDS_LEAST_ONE_SECTION(
      "a worksheet needs at least one section with questions", "質問の入ったセクションが少なくとも一つ必要です"),
  WORKSHEET_ADD_SECTIONS("add `sections:`", "`sections:` を加えます"),
  WORKSHEET_WRITE_TITLE_FIELDS(
      "write `- title: …` and `fields:`", "`- title: …` と `fields:` を書きます"),
  WORKSHEET_LIST_RESULTS_ID("list the results with `- id: …`", "結果を `- id: …` で並べます"),
  WORKSHEET_WRITE_ID_TYPE("write `- id: …` and `type: …`", "`- id: …` と `type: …` を書きます"),
  WORKSHEET_GIVE_SECTION_TITLE("give the section a `title:`", "セクションに `title:` を付けてください"),
  WORKSHEET_LIST_QUESTIONS_ID("list the questions with `- id: …`", "質問を `- id: …` で並べます"),
  WORKSHEET_SECTION_NEEDS_LEAST_ONE_QUESTION(
      "a section needs at least one question in `fields:`", "セクションの `fields:` には質問が少なくとも一つ必要です"),
  WORKSHEET_USED_LINE_IDS_MUST_UNIQUE(
      "it is used at line %d; ids must be unique in a worksheet",
      "%d 行目で使われています。id はワークシートの中で一つずつ別にします"),
  WORKSHEET_USE_LOWER_CASE_LETTERS_DIGITS(
      "use lower-case letters, digits and `_`, starting with a letter", "英小文字・数字・`_` で、英小文字から始めます"),
  WORKSHEET_ADD_TITLE("add `title: …`", "`title: …` を加えます"),
  WORKSHEET_ADD_ID("add `id: …`; %s", "`id: …` を加えます。%s"),
  WORKSHEET_NAME_PAGE_EXPLAINS_SUCH_PRINCIPLES(
      "name the page that explains this, such as `../principles/negotiate.md`",
      "これを説明するページを `../principles/negotiate.md` のように書きます"),
  WORKSHEET_MUST_NAME_PAGE_MD("`%s` must name a page's .md file", "`%s` にはページの .md ファイルを書きます"),
  WORKSHEET_WRITE_RELATIVE_PATH_SUCH_PRINCIPLES(
      "write a relative path such as `../principles/negotiate.md`",
      "`../principles/negotiate.md` のような相対パスで書きます"),
  WORKSHEET_LEADS_OUTSIDE_CONTENT("`%s` leads outside content/", "`%s` が content/ の外を指しています"),
  WORKSHEET_WRITE_PATH_FROM_FILE_PAGE(
      "write the path from this file to a page inside content/, such as"
          + " `../principles/negotiate.md`",
      "このファイルから content/ の中のページへのパスを `../principles/negotiate.md`" + " のように書きます"),
  WORKSHEET_WEEKS_FROM_1_TO("`weeks` must be from 1 to %d", "`weeks` は 1 から %d までにします"),
  WORKSHEET_WRITE_HOW_MANY_WEEKS(
      "write how many weeks the roster repeats, such as `weeks: 26`",
      "`weeks: 26` のように、当番表を何週くり返すかを書きます"),
  WORKSHEET_WRITE_WHOLE_NUMBER_SUCH("write a whole number such as `%s`", "`%s` のように整数で書きます"),
  WORKSHEET_WRITE_NUMBER_SUCH("write a number such as `%s`", "`%s` のように数で書きます"),
  WORKSHEET_MIN_MORE_THAN_MAX("`min` is more than `max` (%s)", "`min` が `max`（%s）より大きくなっています"),
  WORKSHEET_MAKE_MIN_AT_MOST_MAX("make `min` at most `max`", "`min` は `max` 以下にします"),
  WORKSHEET_STEP_MUST_MORE_THAN_0("`step` must be more than 0", "`step` は 0 より大きくします"),
  WORKSHEET_WRITE_STEP_BETWEEN_ANSWERS(
      "write how far apart answers are, such as `step: 0.5`", "`step: 0.5` のように答えの刻みを書きます"),
  WORKSHEET_MUST_SIMPLE_NAME("`%s` must be a simple name", "`%s` は簡単な名前にします"),
  WORKSHEET_ID_ALREADY_USED("the id `%s` is already used", "id `%s` はもう使われています"),
  // content/terms.yaml
  TERMS_WRITE_RATHER_THAN("write 「%s」 rather than 「%s」", "「%2$s」ではなく「%1$s」と書きます"),
  TERMS_PREFERRED_TERMS_LISTED(
      "the handbook's preferred terms are listed in content/terms.yaml",
      "このハンドブックで使う言葉は content/terms.yaml にまとめてあります"),
  TERMS_START_TERMS("start with `terms:`", "`terms:` から書き始めます"),
  TERMS_LIST_THEM_PREFERRED("list them with `- preferred: …`", "`- preferred: …` で並べます"),
  TERMS_WRITE_PREFERRED_VARIANTS(
      "write `- preferred: …` and `variants: […]`", "`- preferred: …` と `variants: […]` を書きます"),
  TERMS_WRITE_SPELLING_USE("write the spelling to use", "使う書き方を書きます"),
  TERMS_LIST_SPELLINGS_AVOID("list the spellings to avoid", "避ける書き方を並べます"),
  TERMS_LIST_EVERYDAY_WORDS("list the everyday words readers search with", "読者が検索に使うふだんの言葉を並べます"),
  TERMS_VARIANT_MUST_TEXT("a word must be text", "言葉は文字列で書きます"),
  // The site as a whole: navigation and output paths
  SITE_NO_NAVIGATION_LEADS_PAGE("no navigation leads to this page", "どのナビゲーションからもこのページに行けません"),
  SITE_ADD_NAVIGATION_CONTENT_HANDBOOK_YAML(
      "add `%s` to `navigation` in content/handbook.yaml",
      "content/handbook.yaml の `navigation` に `%s` を加えてください"),
  SITE_HANDBOOK_YAML_NAVIGATION_PAGE_DOES(
      "handbook.yaml navigation: the page `%s` does not exist",
      "handbook.yaml の navigation: ページ `%s` はありません"),
  SITE_WRITE_PATH_INSIDE_CONTENT_SUCH(
      "write the path inside content/, such as `guide.md`", "content/ の中でのパスを `guide.md` のように書きます"),
  SITE_HANDBOOK_YAML_NAVIGATION_LISTED_TWICE(
      "handbook.yaml navigation: `%s` is listed twice",
      "handbook.yaml の navigation: `%s` が二度並んでいます"),
  SITE_KEEP_ONE_TWO_ENTRIES("keep one of the two entries", "どちらか一方だけを残してください"),
  SITE_HANDBOOK_YAML_NAVIGATION_FOLDER_NO(
      "handbook.yaml navigation: the folder `%s` has no pages",
      "handbook.yaml の navigation: フォルダ `%s` にページがありません"),
  SITE_NAME_FOLDER_INSIDE_CONTENT_HOLDS(
      "name a folder inside content/ that holds .md files", "content/ の中の、.md ファイルがあるフォルダを書きます"),
  SITE_PAGE_WOULD_BOTH_WRITTEN(
      "this page and %s would both be written to `%s`", "このページと %s が、どちらも `%s` に書き出されてしまいます"),
  SITE_RENAME_ONE_THEM_NAMES_DIFFER(
      "rename one of them; names that differ only in upper and lower case count as the same",
      "どちらかの名前を変えてください。大文字と小文字だけが違う名前は同じものとみなされます"),
  SITE_WOULD_WRITTEN_TWICE_SOURCE_COPIED(
      "`%s` would be written twice, by this source and by a copied file",
      "`%s` がこのソースとコピーされるファイルの両方から書き出されてしまいます"),
  SITE_RENAME_REMOVE_ONE_THEM_THEME(
      "rename or remove one of them (theme assets land in assets/)",
      "どちらかの名前を変えるか消してください（テーマのファイルは assets/ に置かれます）"),
  SITE_WORKSHEET_ID_ALREADY_USED(
      "the worksheet id `%s` is already used by %s", "ワークシートの id `%s` は %s ですでに使われています"),
  SITE_GIVE_EACH_WORKSHEET_OWN_ID(
      "give each worksheet its own id; it keys the answers saved in the browser",
      "ワークシートごとに別の id を付けてください。ブラウザに保存する回答の見分けに使います"),
  // Links between pages
  LINK_KIND_LINK_NOT_ALLOWED("this kind of link is not allowed", "この種類のリンクは使えません"),
  LINK_USE_RELATIVE_PATH_SUCH_GUIDE(
      "use a relative path such as `guide.md`, a `#heading`, or an http(s) or mailto" + " address",
      "`guide.md` のような相対パス、`#見出し`、http(s) か mailto のアドレスを使います"),
  LINK_SVG_NOT_PUBLISHED("`%s` is an SVG image, which is not published", "`%s` は SVG 画像なので公開されません"),
  LINK_FILE_DOES_NOT_EXIST("the file `%s` does not exist", "ファイル `%s` はありません"),
  LINK_PUT_IMAGE_CONTENT_LINK_RELATIVELY(
      "put the image in content/ and link to it relatively", "画像を content/ に置き、相対パスでリンクします"),
  LINK_PAGE_MD_FILE_SUCH(
      "link to a page by its .md file, such as `guide.md`",
      "ページへは `guide.md` のように .md ファイルでリンクします"),
  LINK_PAGE_DOES_NOT_EXIST("the page `%s` does not exist", "ページ `%s` はありません"),
  LINK_WRITE_PATH_MD_FILE_RELATIVE(
      "write the path of the .md file relative to this page", "このページから見た .md ファイルの相対パスを書きます"),
  LINK_PAGE_DRAFT_NOT_PUBLISHED(
      "the page `%s` is a draft and is not published", "ページ `%s` は下書き（draft）なので公開されません"),
  LINK_REMOVE_DRAFT_TRUE_FROM_REMOVE(
      "remove `draft: true` from it, or remove this link",
      "そのページの `draft: true` を消すか、このリンクを消してください"),
  LINK_THIS_PAGE("this page", "このページ"),
  LINK_CODE("`%s`", "`%s` "),
  LINK_THERE_NO_HEADING("there is no heading `#%s` in %s", "%2$sに見出し `#%1$s` はありません"),
  LINK_PAGE_NO_HEADINGS("the page has no headings", "そのページには見出しがありません"),
  LINK_HEADINGS("its headings are #%s", "見出しは #%s です"),
  LINK_LEADS_OUTSIDE_CONTENT("the link leads outside content/", "このリンクは content/ の外を指しています"),
  LINK_ONLY_PAGES_FILES_INSIDE(
      "link only to pages and files inside content/", "content/ の中のページとファイルにだけリンクできます"),
  // The theme: templates, scripts and words
  THEME_EXPECTED_KEY_TEXT_LINES_THEME(
      "expected `key: text` lines for the theme's words", "テーマのことばは `キー: 文` の行で書きます"),
  THEME_WRITE_TEMPLATES_SCRIPTS_EACH_KEY(
      "write `templates:` and `scripts:`, each with `key: text` lines",
      "`templates:` と `scripts:` の下に `キー: 文` の行を書きます"),
  THEME_WORD_MUST_BE_TEXT("`%s` must be text", "`%s` は文にします"),
  THEME_WRITE_QUOTES_IF_LOOKS_LIKE(
      "write it in quotes if it looks like a number", "数に見えるなら引用符で囲みます"),
  THEME_WORD_MISSING_IN_LANGUAGE(
      "`%s` is missing under `%s`; %s has it", "`%2$s` の下に `%1$s` がありません（%3$s にはあります）"),
  THEME_EVERY_LANGUAGE_SAME_WORDS(
      "every language of the theme needs the same words: add it, translated",
      "テーマのどの言語にも同じことばが必要です。訳して加えます"),
  THEME_SERVICE_WORKER_LINK_ANOTHER_FILE(
      "the service worker is a link to another file; a theme must hold its own files",
      "サービスワーカーが別のファイルへのリンクです。テーマにはファイルそのものを置きます"),
  THEME_REPLACE_LINK_SCRIPT_ITSELF(
      "replace the link with the script itself", "リンクをやめ、スクリプトそのものを置いてください"),
  THEME_SCRIPT_ERROR("script error: %s", "スクリプトの誤り: %s"),
  THEME_FIX_SCRIPT_THEME_MINIFIED_WHEN(
      "fix the script in the theme; it is minified when the site is built",
      "テーマのスクリプトを直してください。サイトを作るときに圧縮されます"),
  THEME_TEMPLATE_LINK_ANOTHER_FILE_THEME(
      "the template is a link to another file; a theme must hold its own files",
      "このテンプレートは別のファイルへのリンクです。テーマにはファイルそのものを置きます"),
  THEME_REPLACE_LINK_TEMPLATE_ITSELF(
      "replace the link with the template itself", "リンクをやめ、テンプレートそのものを置いてください"),
  THEME_PRINTABLE_PAGE("the printable page %s", "印刷用のページ %s"),
  THEME_FRONT_MATTER_TEMPLATE_MUST_TEMPLATE(
      "front matter: `template` must be a template name such as `page`",
      "フロントマター: `template` には `page` のようなテンプレート名を書きます"),
  THEME_NAME_FTLH_FILE_WITHOUT_FTLH(
      "the name of a .ftlh file in %s/, without `.ftlh`",
      "%s/ にある .ftlh ファイルの名前を、`.ftlh` を除いて書きます"),
  THEME_TEMPLATE_DOES_NOT_EXIST(
      "the template `%s` does not exist in %s/", "テンプレート `%s` は %s/ にありません"),
  THEME_HAS_TEMPLATES("the theme has: %s", "このテーマにあるのは %s です"),
  THEME_TEMPLATE_SYNTAX_ERROR("template syntax error: %s", "テンプレートの書き方に誤りがあります: %s"),
  THEME_CANNOT_READ_TEMPLATE("cannot read the template: %s", "テンプレートを読み込めません: %s"),
  THEME_TEMPLATE_ERROR("template error: %s", "テンプレートの実行中にエラー: %s"),
  THEME_WHILE_RENDERING_VALUE_MAY_MISSING(
      "while rendering %s; a value that may be missing needs a default, as in `${x!\"\"}`",
      "%s を作っているときに起きました。ないかもしれない値には `${x!\"\"}` のように既定値を付けます"),
  THEME_SCRIPT_FOLDER_NEEDS_SIMPLE_NAME(
      "a script's folder needs a simple name", "スクリプトのフォルダ名は簡単な名前にします"),
  THEME_USE_LOWER_CASE_LETTERS_DIGITS(
      "use lower-case letters, digits and `-`, as in `worksheet`",
      "`worksheet` のように英小文字・数字・`-` で書きます"),
  THEME_SCRIPT_READS_MISSING_WORD(
      "the script reads `T.%s`, which %s lacks under `scripts: %s:`",
      "スクリプトが `T.%s` を読みますが、%s の `scripts: %s:` にはありません"),
  THEME_ADD_WORD_EVERY_LANGUAGE(
      "add it to every language of the theme (messages/), under the script's name",
      "テーマのどの言語（messages/）にも、スクリプトの名前の下に加えます"),
  // The build
  BUILD_STOPPED_STAGE("the build stopped in its %s stage: %s", "ビルドが %s の段階で止まりました: %s"),
  BUILD_FAULT_GENERATOR_NOT_YOUR_FILES(
      "this is a fault of the generator, not of your files; nothing was written. Please"
          + " report it with this message",
      "これはジェネレーターの不具合で、あなたのファイルの誤りではありません。何も書き出していません。" + "このメッセージを添えて報告してください"),
  BUILD_FILE_BUILD_MAKES_ITSELF_FILE(
      "`%s` is a file the build makes itself; this file would replace it",
      "`%s` はビルドが自分で作るファイルです。このファイルで置き換えることはできません"),
  BUILD_FILE_IS_PART_OF_PAGE(
      "`%s` is the part of the page %s loaded on request; this file would replace it",
      "`%s` はページ %s があとから読み込む部分です。このファイルで置き換えることはできません"),
  BUILD_RENAME_FILE_OR_PAGE("rename or move this file, or the page", "このファイルかページの名前か場所を変えてください"),
  BUILD_OUTPUT_ADDRESS_OUTSIDE_SITE(
      "the build made `%s` with the address `%s`, which points outside the site",
      "ビルドが作った `%s` に、サイトの外を指すアドレス `%s` があります"),
  BUILD_OUTPUT_ADDRESS_NOT_WRITTEN(
      "the build made `%s` with the address `%s`, a file it does not write",
      "ビルドが作った `%s` に、ビルドが書き出さないファイルを指すアドレス `%s` があります"),
  BUILD_OUTPUT_ID_TWICE(
      "the build made `%s` with the id `%s` twice (its parts loaded on request in place)",
      "ビルドが作った `%s` に id `%s` が2回あります（あとから読み込む部分も含めて）"),
  BUILD_OUTPUT_FAULT_NOT_YOUR_PAGES(
      "a fault of the generator or of the theme's templates, not of your pages; nothing was"
          + " written. Please report it with this message",
      "ジェネレーターかテーマのテンプレートの不具合で、ページの誤りではありません。何も書き出していません。このメッセージを添えて報告してください"),
  BUILD_HEADING_ID_TAKEN(
      "the heading's id `%s` is also given to something else on the page, in `%s`",
      "見出しの id `%s` が、ページのほかの要素（`%s` の中）にも付いています"),
  BUILD_REWORD_HEADING(
      "reword the heading, so that its id is its own", "見出しのことばを変えて、id が重ならないようにします"),
  BUILD_RENAME_MOVE_FILE_SEARCH_INDEX(
      "rename or move this file; search-index.js, assets/search/, print*.html and the"
          + " scripts joined from a theme's scripts/ folder are made by the build",
      "このファイルの名前か場所を変えてください。search-index.js、assets/search/、print*.html と、テーマの scripts/ から作るスクリプトはビルドが作ります"),
  // Writing the output folder
  WRITE_OUTPUT_FOLDER_IS_ROOT(
      "the output folder `%s` is the root of the file system; choose a folder of its own, such"
          + " as `site`",
      "出力先 `%s` はファイルシステムのいちばん上のフォルダです。`site` のような専用のフォルダを選んでください"),
  WRITE_OUTPUT_FOLDER_WOULD_REPLACE_CHOOSE(
      "the output folder `%s` would replace `%s`; choose a folder of its own, such as" + " `site`",
      "出力先 `%s` に書くと `%s` が置き換わってしまいます。`site` のような専用のフォルダを選んでください"),
  WRITE_OUTPUT_FOLDER_INSIDE_SOURCES_CHOOSE(
      "the output folder `%s` is inside the sources; choose one outside content/ and themes/",
      "出力先 `%s` がソースの中にあります。content/ と themes/ の外を選んでください"),
  WRITE_FILE_NOT_FOLDER(
      "`%s` is a file, not a folder; choose a folder for the output, such as `site`",
      "`%s` はフォルダではなくファイルです。`site` のような出力先のフォルダを選んでください"),
  WRITE_WAY_GENERATOR_KEEPS_FOLDER_NAME(
      "`%1$s` is in the way: this generator keeps a folder of that name beside the"
          + " output while writing, and this one is not its (no %2$s in it); move it"
          + " away",
      "`%1$s` があるため書き出せません。このジェネレーターは書き出しの間、出力先の隣に"
          + "この名前のフォルダを使いますが、これはそのフォルダではありません（%2$s がありません）。"
          + "別の場所へ移してください"),
  WRITE_CANNOT_WRITE_OUTPUT_FOLDER(
      "cannot write beside the output folder `%s` (%s); choose a folder you can write to",
      "出力先 `%s` の隣に書き込めません（%s）。書き込めるフォルダを選んでください"),
  WRITE_OUTPUT_FOLDER_IN_USE(
      "another build, or the live preview, is writing `%s` right now; wait for it to end, or"
          + " choose another output folder",
      "`%s` には今、別のビルドかライブプレビューが書き込んでいます。終わるのを待つか、別の出力先を選んでください"),
  WRITE_HOLDS_FILES_GENERATOR_DID_NOT(
      "`%1$s` holds files this generator did not write (no %2$s in it); empty it or choose"
          + " another output folder",
      "`%1$s` にはこのジェネレーターが書いていないファイルがあります（%2$s がありません）。" + "中を空にするか、別の出力先を選んでください"),
  // Status lines of the command line
  CLI_UNKNOWN_OPTION_MISSING_VALUE_USE(
      "unknown option or missing value: %s; use --project DIR --out DIR [--mode build|check|import]"
          + " [--base-url URL] [--lang ja|en] [--timings true], or --serve PORT",
      "%s というオプションはないか、値がありません。--project DIR --out DIR [--mode build|check|import]"
          + " [--base-url URL] [--lang ja|en] [--timings true] か --serve PORT を使います"),
  CLI_UNKNOWN_COMMAND_USE_BUILD_CHECK(
      "unknown command %s; use build, check, serve or import, as in"
          + " `java -jar keeptrack.jar build --project DIR --out DIR`",
      "%s というコマンドはありません。build、check、serve、import のどれかを"
          + " `java -jar keeptrack.jar build --project DIR --out DIR` のように使います"),
  CLI_BASE_URL_MUST_BE_ABSOLUTE(
      "`-Dsite.baseUrl` (`--base-url` outside Maven) must be an absolute http(s) address such as"
          + " `https://example.org/handbook/`, with no space, quote, `?` or `#` [got \"%s\"];"
          + " nothing was built",
      "`-Dsite.baseUrl`（Maven の外では `--base-url`）は `https://example.org/handbook/` のような"
          + " http(s):// で始まる完全なアドレスにしてください。空白・引用符・`?`・`#` は使えません"
          + " [書かれた値 \"%s\"]。何も作っていません"),
  CLI_ERRORS_LISTED_ABOVE("%d error(s) in the sources, listed above", "ソースに %d 件のエラー（上に一覧）"),
  CLI_LEFT_UNCHANGED("%s; %s/ was left unchanged", "%s。%s/ は変更していません"),
  CLI_CHECKED_ERRORS_WARNINGS_NOTHING_WRITTEN(
      "checked: %d errors, %d warnings; nothing was written",
      "チェック完了: エラー %d 件、警告 %d 件。何も書き出していません"),
  CLI_CHECK_FOUND_PROBLEMS_LISTED_ABOVE(
      "the check found problems, listed above", "チェックで問題が見つかりました（上に一覧）"),
  CLI_PORT_ALREADY_USE_STOP_OTHER(
      "port %d is already in use; stop the other program or choose another port"
          + " with -Dpreview.port=NUMBER",
      "ポート %d はほかのプログラムが使っています。そのプログラムを止めるか、" + "-Dpreview.port=番号 で別のポートを選んでください"),
  CLI_PREVIEW_ADDRESS(
      "preview: http://127.0.0.1:%d/ (rebuilds when content/ or themes/ change; Ctrl-C stops)",
      "プレビュー: http://127.0.0.1:%d/ （content/ か themes/ が変わると作り直します。Ctrl-C で終了）"),
  CLI_PAGE_WEIGHT_HTML_CSS_JS(
      "page weight (HTML + CSS + JS, before compression):", "ページの重さ（HTML + CSS + JS、圧縮前）:"),
  CLI_HEAVIEST_PAGES_HEAVIEST_FIRST(
      "  … the %d heaviest of %d pages, heaviest first", "  … %2$d ページのうち重い %1$d ページを、重い順に"),
  CLI_PARTS_LOADED_ON_REQUEST("; parts loaded when asked: %.1f KB", "、求められたときに読み込む部分: %.1f KB"),
  CLI_SEARCH_INDEX_KB_LOADED_WHEN(
      "search index: %.1f KB, loaded when the reader searches", "検索索引: %.1f KB（読者が検索したときに読み込みます）"),
  CLI_BUILT_PAGES_COPIED_FILES_INTO(
      "built %d pages and copied %d files into %s/ (%d warnings)",
      "%3$s/ に %1$d ページを作り、%2$d 個のファイルをコピーしました（警告 %4$d 件）"),
  CLI_ERRORS_WARNINGS_NOTHING_WRITTEN(
      "%d errors, %d warnings: nothing was written", "エラー %d 件、警告 %d 件: 何も書き出していません"),
  CLI_IMPORT_HEADING_LEVEL(
      "heading `%s` is now `%s`, so that no level is skipped",
      "見出し `%s` を `%s` にしました（見出しの段を飛ばさないように）"),
  CLI_IMPORT_TITLE_LEVEL(
      "heading `%s` is now `%s`: it is the page's title", "見出し `%s` を `%s` にしました（ページのタイトルです）"),
  CLI_IMPORT_REMOVED_BLOCK(
      "removed the %d-line block `%s`: another generator's scripts and styles do not run here",
      "%d 行のブロック `%s` を取り除きました（ほかのジェネレーターのスクリプトやスタイルはここでは動きません）"),
  CLI_IMPORT_REMOVED_COMPONENT(
      "removed `%s`: a component of another generator, with no words to keep",
      "`%s` を取り除きました（ほかのジェネレーターの部品で、残す言葉がありません）"),
  CLI_IMPORT_REPLACED("`%s` is now `%s`", "`%s` を `%s` にしました"),
  CLI_IMPORT_LINK("link `%s` is now `%s`", "リンク `%s` を `%s` にしました"),
  CLI_IMPORT_CHANGED_PAGES(
      "import: %d change(s) in %d of %d page(s); run `check` next for what is left",
      "インポート: %3$d ページのうち %2$d ページを %1$d か所変えました。残りは続けて `check` で確かめます"),
  CLI_IMPORT_PAGES_NOT_READ(
      "%d page(s) could not be read or written and were left as they were, listed above",
      "%d ページは読み書きできなかったので、そのままにしました（上に一覧）"),
  CLI_IMPORT_CANNOT_WRITE(
      "cannot write the page, left as it was: %s", "ページを書き込めないので、そのままにしました: %s"),
  CLI_IMPORT_USAGE(
      "unknown option or missing value: %s; use import --project DIR [--lang ja|en]",
      "%s というオプションはないか、値がありません。import --project DIR [--lang ja|en] を使います"),
  // Status lines of the preview
  PREVIEW_CANNOT_WRITE("preview: cannot write %s: %s", "プレビュー: %s に書き込めません: %s"),
  PREVIEW_REBUILT_PAGES_MS("rebuilt %d pages in %d ms", "%d ページを %d ms で作り直しました"),
  PREVIEW_ERRORS_PREVIEW_KEEPS_SHOWING_LAST(
      "%d errors: the preview keeps showing the last good pages",
      "エラー %d 件: プレビューは最後にうまく作れたページを表示したままにします");

  private final Text text;

  Message(String en, String ja) {
    this.text = Text.of(en, ja);
  }

  public Text text() {
    return text;
  }

  /** The message with its placeholders filled in, as {@link Text#formatted} does. */
  public Text formatted(Object... args) {
    return text.formatted(args);
  }
}
