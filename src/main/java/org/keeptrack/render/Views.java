package org.keeptrack.render;

import java.util.List;
import java.util.Map;

/**
 * What templates can see. Each record here is listed, field by field, in the theme README; the
 * renderer hands them to FreeMarker as plain maps, lists and strings.
 */
final class Views {

  private Views() {}

  /**
   * The whole model of one page's template: {@code site}, {@code page}, {@code nav}, … ; {@code
   * navKey} is not given to templates: pages with the same key share one rendering of {@code
   * nav.ftlh}, given to them as {@code navHtml}. {@code progress} is, on a page of template {@code
   * home} of a site with worksheets, what the reader's progress box needs; missing elsewhere.
   */
  record PageModel(
      SiteView site,
      PageView page,
      List<NavItemView> nav,
      String navKey,
      LinkView prev,
      LinkView next,
      String root,
      HomeProgress progress) {}

  /**
   * On a page of template {@code home}: the worksheets the progress box lists, and the same with
   * the score outcomes as JSON for {@code assets/progress.js}.
   */
  record HomeProgress(List<SheetProgress> sheets, String json) {}

  /**
   * The model of a printable page: like a page's, plus its {@code parts}; in a book printed in
   * several volumes, {@code print.html} has no parts and lists the {@code volumes}.
   */
  record BookModel(
      SiteView site,
      PageView page,
      List<NavItemView> nav,
      String navKey,
      LinkView prev,
      LinkView next,
      String root,
      List<BookPartView> parts,
      List<LinkView> volumes) {

    /** A printable page: at the site's root, with no neighbours to lead to. */
    static BookModel of(
        SiteView site,
        PageView page,
        List<NavItemView> nav,
        String navKey,
        List<BookPartView> parts,
        List<LinkView> volumes) {
      return new BookModel(site, page, nav, navKey, null, null, "", parts, volumes);
    }
  }

  /**
   * One page of the whole handbook: {@code id} is its anchor, {@code content} its body with ids and
   * links rewritten for the book, {@code worksheet} present for a worksheet page.
   */
  record BookPartView(
      String id, String title, String content, String reviewed, WorksheetView worksheet) {}

  /** Site-wide settings from handbook.yaml. */
  record SiteView(
      String title,
      String description,
      String language,
      String baseUrl,
      String home,
      String repository,
      String branch) {}

  /** The page being rendered. */
  record PageView(
      String title,
      String description,
      String content,
      String path,
      String source,
      String url,
      List<TocEntry> toc,
      Map<String, Object> extra,
      String reviewed,
      WorksheetView worksheet,
      List<ShownSheet> worksheets) {

    /** A printable page made by the build, not written by an author: no body, source or sheet. */
    static PageView printable(String title, String description, String path, String url) {
      return new PageView(
          title, description, "", path, "", url, List.of(), Map.of(), "", null, List.of());
    }
  }

  /**
   * A worksheet shown on another page (front matter {@code worksheets:}), with a link to its own.
   */
  record ShownSheet(LinkView link, WorksheetView worksheet) {}

  /** One h2 or h3 of the page, for its table of contents. */
  record TocEntry(int level, String text, String href) {}

  /**
   * A navigation entry, with its links relative to the page being rendered. A {@code section} shows
   * its {@code children} when it is this page's (or the book is small); a long one shows a block of
   * them, with {@code earlier} and {@code later} leading to the blocks before and after.
   */
  record NavItemView(
      String title,
      String href,
      boolean current,
      boolean section,
      List<NavItemView> children,
      LinkView earlier,
      LinkView later) {

    /** A page's entry. */
    static NavItemView page(String title, String href) {
      return new NavItemView(title, href, false, false, List.of(), null, null);
    }

    /** A section's entry, showing {@code children} (a block of them, between two links). */
    static NavItemView section(
        String title, String href, List<NavItemView> children, LinkView earlier, LinkView later) {
      return new NavItemView(title, href, false, true, children, earlier, later);
    }

    /** This entry marked as the current page's, or as the section holding it. */
    NavItemView marked(List<NavItemView> children) {
      return new NavItemView(title, href, true, section, children, earlier, later);
    }
  }

  /** A link to a neighbouring page. */
  record LinkView(String title, String href) {}

  /**
   * The worksheet of a page built from a worksheet definition.
   *
   * @param page the page that explains the worksheet
   * @param data the definition as JSON, for the worksheet script
   */
  record WorksheetView(
      String id,
      int version,
      LinkView page,
      List<SectionView> sections,
      List<ResultView> results,
      String data) {}

  /** A section of questions; {@code id} is the anchor of its heading. */
  record SectionView(String id, String title, String intro, List<FieldView> fields) {}

  /**
   * One question; for a table, {@code columns} are questions too.
   *
   * @param showIfField the question this one depends on, or {@code ""}
   * @param settings what its kind gives its template ({@code FieldType.view}), or null
   */
  record FieldView(
      String id,
      String type,
      String label,
      String help,
      String example,
      String placeholder,
      boolean required,
      List<OptionView> options,
      List<FieldView> columns,
      int lines,
      String showIfField,
      String showIfValue,
      String score,
      Record settings) {}

  /** A choice, or a fixed table row. */
  record OptionView(String value, String label) {}

  /**
   * A composed result, one record per kind; {@code type} names the kind ({@code text}, {@code
   * calendar}, {@code score}) for templates, and the sheet's JSON for the script is these same
   * records.
   */
  sealed interface ResultView permits TextResultView, CalendarResultView, ScoreResultView {
    String id();

    String type();

    String title();
  }

  /** Text composed with the Mustache {@code template}. */
  record TextResultView(String id, String type, String title, String template)
      implements ResultView {}

  /**
   * A calendar file: one weekly event per row of the weekday {@code table}, titled by the Mustache
   * {@code template}; or, with {@code dates}, one event per date question.
   */
  record CalendarResultView(
      String id,
      String type,
      String title,
      String template,
      String filename,
      String table,
      int weeks,
      List<String> dates)
      implements ResultView {}

  /** The outcome with the most "yes" answers; {@code none} while no question counts. */
  record ScoreResultView(
      String id, String type, String title, String none, List<OutcomeView> outcomes)
      implements ResultView {}

  /** A possible outcome of a score, with its link relative to the worksheet's page. */
  record OutcomeView(String id, String title, String text, String href) {}

  /**
   * What the home page's script needs to show the reader's progress: every worksheet, and the
   * outcomes of score results.
   */
  record ProgressView(List<SheetProgress> sheets, List<OutcomeProgress> outcomes) {}

  /**
   * A worksheet, for the reader's progress.
   *
   * @param page the page that explains it, by its source path
   * @param required the questions whose answers finish it
   */
  record SheetProgress(String id, String title, String href, String page, List<String> required) {}

  /**
   * An outcome of a score result, for the next step the home page suggests.
   *
   * @param page the page it recommends, by its source path
   * @param fields the yes/no questions counting towards it
   */
  record OutcomeProgress(
      String sheet, String title, String href, String page, List<String> fields) {}
}
