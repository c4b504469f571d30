#!/usr/bin/env bash
# Runs every test of Nianbao: unit, integration (real PostgreSQL: the embedded one, or the server named by
# NIANBAO_TEST_DATABASE_URL), API, UI and architecture tests. Extra arguments go to Maven.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/common.sh
nianbao_find_jdk
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    echo "注意：未安装 Debian 的 chromium 和 chromium-driver，浏览器端到端测试将被跳过（apt-get install chromium chromium-driver）。"
    echo "Note: Debian's chromium and chromium-driver are not installed; the end-to-end browser tests will be skipped."
fi
exec ./mvnw -B verify "$@"
