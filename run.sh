#!/usr/bin/env bash
# Starts the whole product: builds it when the sources are newer than the jars, starts the backend (with its embedded
# PostgreSQL in .nianbao/data, loading the demo data on first start) and the frontend, and prints the address.
# Ctrl-C stops everything.
#
#   NIANBAO_PORT          the dashboard's port (default 8080)
#   NIANBAO_BACKEND_PORT  the backend API's port (default 8081)
#   NIANBAO_DATABASE_URL  an external PostgreSQL instead of the embedded one, e.g. postgresql://localhost:5432/nianbao
#                         (with NIANBAO_DATABASE_USERNAME / NIANBAO_DATABASE_PASSWORD)
#   NIANBAO_DEMO=false    start without the demo profile: no demo data or demo users; the first start creates the
#                         administrator "admin" with a one-time password, shown here once
set -euo pipefail
cd "$(dirname "$0")"
. scripts/common.sh
nianbao_find_jdk

FRONTEND_PORT="${NIANBAO_PORT:-8080}"
BACKEND_PORT="${NIANBAO_BACKEND_PORT:-8081}"
STATE_DIR=".nianbao"
DATA_DIR="${NIANBAO_DATA_DIR:-$STATE_DIR/data}"
LOG_DIR="$STATE_DIR/logs"
BACKEND_JAR="backend/target/backend.jar"
FRONTEND_JAR="frontend/target/frontend.jar"
BACKEND_LOG="$LOG_DIR/backend.log"
FRONTEND_LOG="$LOG_DIR/frontend.log"
BACKEND_PID=""
FRONTEND_PID=""
MAX_RESTARTS=3
RESTART_WINDOW=600
KEPT_LOGS=10

say() { printf '%s\n' "$*"; }

http_ok() {
    # true when the URL answers 2xx; works with curl, wget or bash alone
    local url="$1"
    if command -v curl >/dev/null 2>&1; then
        curl -fsS -o /dev/null --max-time 5 "$url" 2>/dev/null
    elif command -v wget >/dev/null 2>&1; then
        wget -q -O /dev/null --timeout=5 "$url" 2>/dev/null
    else
        local rest="${url#http://}" host port path
        host="${rest%%/*}"; path="/${rest#*/}"; port="${host##*:}"; host="${host%%:*}"
        exec 3<>"/dev/tcp/$host/$port" 2>/dev/null || return 1
        printf 'GET %s HTTP/1.0\r\nHost: %s\r\n\r\n' "$path" "$host" >&3
        local status
        read -r _ status _ <&3 || true
        exec 3>&-
        [[ "$status" == 2* ]]
    fi
}

port_taken() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

needs_build() {
    [ -f "$BACKEND_JAR" ] && [ -f "$FRONTEND_JAR" ] || return 0
    [ -n "$(find pom.xml backend/pom.xml backend/src db -newer "$BACKEND_JAR" -type f 2>/dev/null | head -n 1)" ] && return 0
    # not frontend/src/main/frontend: Vaadin writes its generated files there during the build
    [ -n "$(find pom.xml frontend/pom.xml frontend/src/main/java frontend/src/main/resources -newer "$FRONTEND_JAR" \
        -type f 2>/dev/null | head -n 1)" ] && return 0
    return 1
}

stop_embedded_database() {
    # if the backend died without stopping its embedded PostgreSQL, stop it (fast shutdown) so nothing is left behind
    local pidfile="$DATA_DIR/postmaster.pid" pid
    [ -f "$pidfile" ] || return 0
    pid="$(head -n 1 "$pidfile" 2>/dev/null || true)"
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill -INT "$pid" 2>/dev/null || true
        for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    fi
}

stop_process() {
    local pid="$1"
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
    kill -KILL "$pid" 2>/dev/null || true
}

cleanup() {
    trap - EXIT INT TERM
    say ""
    say "正在停止年报通……"
    stop_process "$FRONTEND_PID"
    stop_process "$BACKEND_PID"
    stop_embedded_database
    say "已停止。数据保存在 $DATA_DIR，下次启动时仍在。"
}

wait_until_up() {
    # wait_until_up NAME URL PID LOG SECONDS
    local name="$1" url="$2" pid="$3" log="$4" seconds="$5"
    for _ in $(seq 1 "$seconds"); do
        if http_ok "$url"; then
            return 0
        fi
        if ! kill -0 "$pid" 2>/dev/null; then
            say "错误：$name 启动失败。日志（$log）最后几行："
            tail -n 30 "$log" >&2 || true
            return 1
        fi
        sleep 1
    done
    say "错误：$name 在 $seconds 秒内没有就绪，请查看日志 $log"
    return 1
}

keep_previous_logs() {
    # each start writes fresh logs; the previous ones are kept, named by when they were last written (the last few)
    local log stamp old
    for log in "$BACKEND_LOG" "$FRONTEND_LOG"; do
        [ -s "$log" ] || continue
        stamp="$(date -r "$log" +%Y%m%d-%H%M%S 2>/dev/null || date +%Y%m%d-%H%M%S)"
        mv "$log" "${log%.log}-$stamp.log"
        # shellcheck disable=SC2012
        for old in $(ls -1t "${log%.log}"-*.log 2>/dev/null | tail -n +$((KEPT_LOGS + 1))); do
            rm -f "$old"
        done
    done
}

start_backend() {
    NIANBAO_BACKEND_PORT="$BACKEND_PORT" "$JAVA_HOME/bin/java" ${NIANBAO_BACKEND_JAVA_OPTS:--Xmx512m} \
        -jar "$BACKEND_JAR" ${PROFILE_ARGS[@]+"${PROFILE_ARGS[@]}"} >>"$BACKEND_LOG" 2>&1 &
    BACKEND_PID=$!
}

start_frontend() {
    SERVER_PORT="$FRONTEND_PORT" NIANBAO_BACKEND_URL="http://127.0.0.1:$BACKEND_PORT" \
        "$JAVA_HOME/bin/java" ${NIANBAO_FRONTEND_JAVA_OPTS:--Xmx512m} -jar "$FRONTEND_JAR" >>"$FRONTEND_LOG" 2>&1 &
    FRONTEND_PID=$!
}

for port in "$FRONTEND_PORT" "$BACKEND_PORT"; do
    if port_taken "$port"; then
        say "错误：端口 $port 已被占用（也许年报通已经在运行？）。可用 NIANBAO_PORT / NIANBAO_BACKEND_PORT 换端口。"
        exit 1
    fi
done

if needs_build; then
    say "正在构建（首次需要几分钟，之后只在源码变化时重新构建）……"
    ./mvnw -B -q -DskipTests package
fi

mkdir -p "$LOG_DIR"
keep_previous_logs
trap cleanup EXIT
trap 'exit 130' INT TERM

PROFILE_ARGS=(--spring.profiles.active=demo)
if [ "${NIANBAO_DEMO:-true}" = "false" ]; then
    PROFILE_ARGS=()
fi

if [ -n "${NIANBAO_DATABASE_URL:-}" ]; then
    say "正在启动后端（数据库：$NIANBAO_DATABASE_URL）……"
else
    say "正在启动后端（内置数据库：$DATA_DIR）……"
fi
start_backend
wait_until_up "后端" "http://127.0.0.1:$BACKEND_PORT/actuator/health/readiness" "$BACKEND_PID" "$BACKEND_LOG" 300

say "正在启动前端……"
start_frontend
wait_until_up "前端" "http://127.0.0.1:$FRONTEND_PORT/actuator/health" "$FRONTEND_PID" "$FRONTEND_LOG" 300

say ""
say "年报通已启动：http://localhost:$FRONTEND_PORT"
if [ ${#PROFILE_ARGS[@]} -gt 0 ]; then
    say "  示例账号（密码均为 nianbao-demo）：admin 管理员、supervisor 督查、clerk 填报、viewer 查看"
fi
if grep -q "首次启动：已创建管理员账号" "$BACKEND_LOG"; then
    # the backend prints the first administrator's one-time password once; show it to whoever started it
    grep -A1 "首次启动：已创建管理员账号" "$BACKEND_LOG" | sed 's/^ */  /'
    say "  请用它登录并立即修改密码。"
fi
say "  后端 API 文档：http://localhost:$BACKEND_PORT/swagger-ui.html"
say "  日志：$BACKEND_LOG、$FRONTEND_LOG（之前几次启动的日志也保存在 $LOG_DIR）"
say "按 Ctrl-C 停止。"

# Watch both applications. One that exits is named, its last log lines are shown and it is started again (the other
# keeps running: the dashboard shows its own "后端暂时不可用" page meanwhile); after MAX_RESTARTS restarts within
# RESTART_WINDOW seconds, everything stops.
restarts=()
while true; do
    sleep 1
    for app in backend frontend; do
        if [ "$app" = backend ]; then pid="$BACKEND_PID"; name="后端"; log="$BACKEND_LOG"; else
            pid="$FRONTEND_PID"; name="前端"; log="$FRONTEND_LOG"; fi
        kill -0 "$pid" 2>/dev/null && continue
        code=0
        wait "$pid" 2>/dev/null || code=$?
        say ""
        say "错误：$name意外退出（退出码 $code）。日志 $log 最后几行："
        tail -n 20 "$log" >&2 || true
        now=$(date +%s)
        recent=()
        for at in ${restarts[@]+"${restarts[@]}"}; do
            [ $((now - at)) -lt "$RESTART_WINDOW" ] && recent+=("$at")
        done
        restarts=(${recent[@]+"${recent[@]}"})
        if [ ${#restarts[@]} -ge "$MAX_RESTARTS" ]; then
            say "错误：$name在 $((RESTART_WINDOW / 60)) 分钟内已重启 $MAX_RESTARTS 次仍然退出，年报通停止。请查看日志 $log。"
            exit 1
        fi
        restarts+=("$now")
        say "正在重新启动$name……"
        if [ "$app" = backend ]; then
            stop_embedded_database
            start_backend
            wait_until_up "后端" "http://127.0.0.1:$BACKEND_PORT/actuator/health/readiness" "$BACKEND_PID" "$BACKEND_LOG" 300 \
                || exit 1
        else
            start_frontend
            wait_until_up "前端" "http://127.0.0.1:$FRONTEND_PORT/actuator/health" "$FRONTEND_PID" "$FRONTEND_LOG" 300 \
                || exit 1
        fi
        say "$name已重新启动。"
    done
done
