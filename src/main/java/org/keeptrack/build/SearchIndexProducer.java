package org.keeptrack.build;

import org.keeptrack.build.StageTimes.Stage;
import org.keeptrack.model.Site;
import org.keeptrack.search.SearchIndexer;

/** The search index, loaded by the reader's browser when searching. */
final class SearchIndexProducer implements OutputProducer {

  @Override
  public Stage stage() {
    return Stage.SEARCH;
  }

  @Override
  public Made produce(Site site, Made before, BuildContext context) {
    if (!context.mode().makesWholeSite()) {
      return Made.NOTHING; // the preview's comes after the reload: BuildPipeline#indexForSearch
    }
    SearchIndexer.Index index = SearchIndexer.index(site, context.searchWords());
    return Made.searchIndex(index.files(), index.bytes());
  }
}
