#!/usr/bin/env bash
# Rebuilds the build-extension jar that declares the `generate-site` phase, from the XML in
# src/build/lifecycle/. Run it only after changing that XML, and commit the jar with it:
# LifecycleJarTest fails while the two disagree. A fixed --date keeps the jar byte-reproducible.
set -euo pipefail
cd "$(dirname "$0")/../.."
dir=.mvn/repository/org/keeptrack/handbook-lifecycle/1.2
mkdir -p "$dir"
rm -f "$dir/handbook-lifecycle-1.2.jar"
jar --create --date=2026-01-01T00:00:00Z --no-manifest \
    --file "$dir/handbook-lifecycle-1.2.jar" -C src/build/lifecycle META-INF
cat > "$dir/handbook-lifecycle-1.2.pom" <<'POM'
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.keeptrack</groupId>
  <artifactId>handbook-lifecycle</artifactId>
  <version>1.2</version>
  <description>Declares the handbook and preview lifecycles: generate-site and serve-site.</description>
</project>
POM
echo "wrote $dir/handbook-lifecycle-1.2.jar"
