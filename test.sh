#!/usr/bin/env bash
# Runs every test of Nianbao: unit, integration (real PostgreSQL: the embedded one, or the server named by
# NIANBAO_TEST_DATABASE_URL), API, UI and architecture tests. Extra arguments go to Maven.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/common.sh
nianbao_find_jdk
exec ./mvnw -B verify "$@"
