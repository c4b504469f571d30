#!/usr/bin/env bash
# Builds the generated national data set (31 provinces, ~140,000 bodies, 10 years, ~1.4 M reports with all three
# tables) into a database by COPY, for the scale benchmarks (docs/SCALING.md, docs/BENCHMARKS.md). Not part of the
# tests. Usage: scripts/national-data.sh [PROVINCES]   (1–31, default 31)
# The database: NIANBAO_DATABASE_URL (and its user/password variables, as for ./run.sh), else an embedded one in
# NIANBAO_DATA_DIR (default .nianbao/national). Browse it afterwards with
#   NIANBAO_DATA_DIR=.nianbao/national NIANBAO_DEMO=false ./run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/common.sh
nianbao_find_jdk
provinces="${1:-31}"
jar=backend/target/backend.jar
if [ ! -f "$jar" ] || [ -n "$(find pom.xml backend/pom.xml backend/src db -newer "$jar" -type f 2>/dev/null | head -n 1)" ]; then
    ./mvnw -B -q -pl backend -am package -DskipTests
fi
export NIANBAO_DATA_DIR="${NIANBAO_DATA_DIR:-.nianbao/national}"
# the build runs for most of an hour: from a copy, so that a build of the project meanwhile cannot pull its classes
# from under it
copy=$(mktemp --suffix=.jar)
trap 'rm -f "$copy"' EXIT
cp "$jar" "$copy"
started=$(date +%s)
"$JAVA_HOME/bin/java" ${NIANBAO_NATIONAL_JAVA_OPTS:--Xmx2g} -jar "$copy" --server.port=0 \
    --nianbao.demo.enabled=false --nianbao.quality.nightly-run=- --nianbao.national-data.provinces="$provinces"
echo "全国示例数据已写入（$provinces 个省），用时 $(( $(date +%s) - started )) 秒"
