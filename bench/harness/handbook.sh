# keeptrack's generator, for the shared benchmark harness (see its README):
#   BENCH_EXTRA=$PWD/bench/harness/handbook.sh bash ../shared/bench/run.sh -g hugo,handbook 100 1000 10000
# Each corpus is laid out as a project of this generator with the default theme, as the handbook
# itself is built: navigation, search index, print book and page weights included.
GEN_IDS+=(handbook)
handbook_title="keeptrack handbook"
handbook_outdir=site
HANDBOOK_REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HANDBOOK_JAR="$HANDBOOK_REPO/target/keeptrack.jar"
HANDBOOK_CDS="$HANDBOOK_REPO/target/keeptrack.jsa"
HANDBOOK_JAVA="${HANDBOOK_JAVA:-java}"
# The options the README gives for builds from the command line: at most 1 GB of heap; the serial
# collector, which costs least on two cores; only the quick JIT compiler (the optimising one spent
# 6 of the 10 CPU seconds of a 1,000-page build compiling, on two cores it competes with the build);
# and a class-data archive of the generator's classes, made once per jar (see handbook_check).
read -r -a HANDBOOK_JAVA_OPTS <<< "${HANDBOOK_JAVA_OPTS:--Xmx1g -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile=$HANDBOOK_CDS}"

handbook_check() {
  command -v "$HANDBOOK_JAVA" >/dev/null || { echo "java not found"; return 1; }
  if [ ! -f "$HANDBOOK_JAR" ] || [ -n "$(find "$HANDBOOK_REPO/src/main" "$HANDBOOK_REPO/pom.xml" -newer "$HANDBOOK_JAR" 2>/dev/null | head -1)" ]; then
    (cd "$HANDBOOK_REPO" && mvn -q -DskipTests package >/dev/null) || { echo "mvn package failed"; return 1; }
  fi
  # The archive belongs to one jar and one JVM: made again when the jar is newer. The training
  # build is the handbook itself, so that every stage's classes are in it.
  if [ ! -f "$HANDBOOK_CDS" ] || [ "$HANDBOOK_JAR" -nt "$HANDBOOK_CDS" ]; then
    local out; out="$(mktemp -d)"
    "$HANDBOOK_JAVA" -XX:ArchiveClassesAtExit="$HANDBOOK_CDS" -Xlog:cds=off -Xlog:cds+dynamic=off \
      -jar "$HANDBOOK_JAR" build --project "$HANDBOOK_REPO" --out "$out/site" >/dev/null \
      || { rm -rf "$out"; echo "class-data archive failed"; return 1; }
    rm -rf "$out"
  fi
}
handbook_version() {
  echo "keeptrack $(cd "$HANDBOOK_REPO" && git rev-parse --short HEAD 2>/dev/null), $("$HANDBOOK_JAVA" -version 2>&1 | head -1 | tr -d '"')"
}
handbook_setup() {  # $1 = canonical corpus, $2 = fresh site dir
  mkdir -p "$2/themes"
  cp -r "$HANDBOOK_REPO/themes/default" "$2/themes/"
  python3 "$BENCH/layout.py" "$1" "$2/content" --links md
  {
    echo "title: SSG Bench"
    echo "language: ja"
    echo "theme: default"
    echo "navigation:"
    for d in "$2"/content/s[0-9]*; do
      echo "  - title: $(basename "$d")"
      echo "    folder: $(basename "$d")"
    done
  } > "$2/content/handbook.yaml"
}
handbook_clean() { rm -rf "$1/site" "$1/.site.staging" "$1/.site.previous"; }
handbook_cmd() {
  CMD=("$HANDBOOK_JAVA" "${HANDBOOK_JAVA_OPTS[@]}" -jar "$HANDBOOK_JAR" build --project . --out site)
}
handbook_notes="FreeMarker + flexmark, default theme: nav = the book's outline and the page's own section, rendered once per section; search index, print book and page weights built; theme scripts minified once and cached in the theme (themes/default/minified); java -Xmx1g -XX:+UseSerialGC -XX:TieredStopAtLevel=1, with a class-data archive made once per jar"
