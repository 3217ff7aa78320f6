package org.keeptrack.build;

import java.io.IOException;
import java.util.List;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.model.OutputFile;
import org.keeptrack.model.SiteOutput;
import org.keeptrack.model.StaticFile;
import org.keeptrack.write.LiveOutput;
import org.keeptrack.write.SiteWriter;

/**
 * Where the files of one build go: the published site's staging folder, the live preview's folder,
 * or nowhere. Either holds what it is given until {@link #commit}; closed without one, it drops it
 * and the output stays as it was.
 */
interface BuildOutput extends SiteOutput, AutoCloseable {

  /** Writes {@code files} and copies {@code copied} in, then puts the whole in place. */
  void commit(List<OutputFile> files, List<StaticFile> copied) throws IOException;

  @Override
  default void close() throws IOException {}

  /** Where a build of {@code mode} writes: {@code live} is the preview's folder, for a live one. */
  record Destination(Mode mode, SiteWriter writer, LiveOutput live) {

    /**
     * The output of one build, opened once its sources are read. A published build writes pages as
     * they are rendered, into a staging folder that replaces the output only when the whole build
     * succeeded: a large site is never held in memory at once. Once a problem is known nothing will
     * be written, but every stage still runs, to report all of them.
     */
    BuildOutput open(Diagnostics diagnostics) throws IOException {
      return switch (mode) {
        case PUBLISH -> diagnostics.hasErrors() ? NOWHERE : staged(writer.stage());
        case LIVE -> toPreview(live);
        case CHECK -> NOWHERE;
      };
    }
  }

  /** Takes every file and writes nothing: a check, or a build already known to fail. */
  BuildOutput NOWHERE =
      new BuildOutput() {
        @Override
        public void accept(OutputFile file) {}

        @Override
        public void commit(List<OutputFile> files, List<StaticFile> copied) {}
      };

  private static BuildOutput staged(SiteWriter.Staging staging) {
    return new BuildOutput() {
      @Override
      public void accept(OutputFile file) {
        staging.accept(file);
      }

      @Override
      public void commit(List<OutputFile> files, List<StaticFile> copied) throws IOException {
        files.forEach(staging);
        staging.commit(copied);
      }

      @Override
      public void close() throws IOException {
        staging.close();
      }
    };
  }

  private static BuildOutput toPreview(LiveOutput live) {
    return new BuildOutput() {
      @Override
      public void accept(OutputFile file) {
        live.accept(file);
      }

      @Override
      public void unchanged(String path) {
        live.unchanged(path);
      }

      @Override
      public void commit(List<OutputFile> files, List<StaticFile> copied) throws IOException {
        files.forEach(live);
        live.commit(copied);
      }
    };
  }
}
