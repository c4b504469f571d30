#!/usr/bin/env python3
"""The read endpoints against the same SQL typed into psql, for docs/BENCHMARKS.md (issue 15: within 1.5×).

Usage: scripts/psql-ratio.py URL USER PASSWORD DATA_DIR PG_LOG [REQUESTS] [REGION=CODE ...]
  DATA_DIR: the embedded database's directory (its port is read from postmaster.pid, the owner's password from
  nianbao-owner.password); PG_LOG: the server's log file, written with log_min_duration_statement = 0 (this script
  switches it on with ALTER SYSTEM for its run and off again).
For each endpoint of scripts/measure-latency.py: one request with the statement log on, which records the statements
the backend sent and their bind values; then the endpoint REQUESTS times (median), and each of its statements with
the values written in, REQUESTS times in psql (\\timing, median), summed. Prints a Markdown table with the load average.
NIANBAO_ENDPOINTS chooses endpoints as for scripts/measure-latency.py. NIANBAO_ROUNDS=R (default 1) measures each
endpoint R times in turn with its statements (endpoint, psql, endpoint, psql, …), so that a minute in which the machine
is slower weighs on both sides alike; the table then gives the median endpoint, the median psql sum and the median of
the R ratios, with their range. NIANBAO_WARMUP=W (default 0) first asks every endpoint of every region W times, in
turn, so that the backend is measured as one that has served them for a while: on two cores the JIT's compiler
threads take a share of the CPU over the first few thousand requests, and an answer measured meanwhile is slower for it.
NIANBAO_JVM_PID=PID (the backend's process, on this machine) adds a column: the CPU its JIT compiler threads used while
the endpoint was measured, to show whether the backend was still being compiled.
"""
import glob
import importlib.util
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

spec = importlib.util.spec_from_file_location("latency", Path(__file__).with_name("measure-latency.py"))
latency = importlib.util.module_from_spec(spec)
spec.loader.exec_module(latency)
spec = importlib.util.spec_from_file_location("cpu", Path(__file__).with_name("cpu-per-request.py"))
cpu = importlib.util.module_from_spec(spec)
spec.loader.exec_module(cpu)

STATEMENT = re.compile(r"LOG:  duration: [0-9.]+ ms  (?:execute [^:]*|statement): (.*)", re.S)
PARAMETERS = re.compile(r"DETAIL:  Parameters: (.*)")
PARAMETER = re.compile(r"\$(\d+) = (NULL|'(?:[^']|'')*')")
PREFIX = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d[.0-9]* \w+ \[\d+\] ")
NUMBER = re.compile(r"'-?\d+(\.\d+)?'")
TIME = re.compile(r"Time: ([0-9.]+) ms")


def psql(data_dir, sql):
    port = Path(data_dir, "postmaster.pid").read_text().splitlines()[3].strip()
    env = dict(os.environ, PGPASSWORD=Path(data_dir, "nianbao-owner.password").read_text().strip())
    return subprocess.run(["psql", "-h", "127.0.0.1", "-p", port, "-U", "postgres", "-d", "postgres", "-X", "-q",
                           "-v", "ON_ERROR_STOP=1"], input=sql, env=env, capture_output=True, text=True, check=True
                          ).stdout


def logged(log_text):
    """(statement, {number: logged value}) of each statement the log shows executed, in order, without the backend's
    transaction control and settings, this script's own and the import workers' polling (an entry may run over
    several lines)."""
    entries = []
    for line in log_text.splitlines():
        body = PREFIX.sub("", line)
        if body != line or not entries:
            entries.append(body)
        else:
            entries[-1] += "\n" + line
    found, previous_executed = [], False
    for entry in entries:
        match = STATEMENT.search(entry)
        parameters = PARAMETERS.search(entry)
        if match:
            found.append((match.group(1), {}))
        elif parameters and previous_executed:
            found[-1] = (found[-1][0], {int(n): v for n, v in PARAMETER.findall(parameters.group(1))})
        previous_executed = bool(match)
    return [(sql, values) for sql, values in found
            if not sql.lstrip().upper().startswith(("SET ", "SHOW ", "BEGIN", "COMMIT", "ROLLBACK"))
            and "pg_reload_conf" not in sql and "log_min_duration_statement" not in sql
            and '"import_item"' not in sql]


def written_in(sql, values):
    """The statement with its values written in. The log does not say their types: a number is written as a number,
    so that functions resolve as bound."""
    written = {n: v[1:-1] if NUMBER.fullmatch(v) else v for n, v in values.items()}
    return re.sub(r"\$(\d+)\b", lambda m: written.get(int(m.group(1)), m.group(0)), sql)


def statements(log_text):
    """The executed statements of the log, their bind values written in."""
    return [written_in(sql, values) for sql, values in logged(log_text)]


def capture(data_dir, pg_log, url, token):
    """The server's log of one request to the URL, asked once before so that nothing is done for the first time."""
    latency.request(url, token)
    psql(data_dir, "ALTER SYSTEM SET log_min_duration_statement = 0; SELECT pg_reload_conf();")
    time.sleep(0.5)
    start = os.path.getsize(pg_log)
    latency.request(url, token)
    time.sleep(0.5)
    psql(data_dir, "ALTER SYSTEM RESET log_min_duration_statement; SELECT pg_reload_conf();")
    with open(pg_log, encoding="utf-8", errors="replace") as log:
        log.seek(start)
        return log.read()


def timed(data_dir, sql, count, setup=""):
    """The median time of the statement run COUNT times in one psql session, after SETUP (whose own times are not
    counted)."""
    out = psql(data_dir, "\\timing on\n" + setup + "\n"
               + "\n".join(["\\o /dev/null", sql.rstrip().rstrip(";") + ";"] * count))
    return statistics.median([float(t) for t in TIME.findall(out)][-count:])


def compiler_ms(pid):
    """The CPU time, in ms, the JIT compiler threads of the JVM with this pid have used so far."""
    used = 0.0
    for task in glob.glob(f"/proc/{pid}/task/*"):
        try:
            if Path(task, "comm").read_text().startswith(("C1 Compiler", "C2 Compiler")):
                used += cpu.cpu_ms(Path(task, "stat").read_text())
        except OSError:
            continue  # the thread ended between the listing and the read
    return used


def arguments(argv):
    """URL, USER, PASSWORD, DATA_DIR, PG_LOG, REQUESTS (default 5) and the regions [level, code] of the command line."""
    count = int(argv[6]) if len(argv) > 6 else 5
    regions = [arg.split("=", 1) for arg in argv[7:]] or [["city", "cn.p01.c01"], ["province", "cn.p01"],
                                                           ["nation", "cn"]]
    return (*argv[1:6], count, regions)


def main():
    base, user, password, data_dir, pg_log, count, regions = arguments(sys.argv)
    rounds = int(os.environ.get("NIANBAO_ROUNDS", "1"))
    warmup = int(os.environ.get("NIANBAO_WARMUP", "0"))
    jvm = os.environ.get("NIANBAO_JVM_PID")
    token = latency.sign_in(base, user, password)
    # a token's user is remembered from the second after the token's issue (RecentUsers): every capture alike
    time.sleep(1.1)
    for _ in range(warmup):
        for level, code in regions:
            for name, path in latency.endpoints():
                latency.request(base + path.format(r=code), token)
    jit = " JIT compiler CPU |" if jvm else ""
    print("| region | endpoint | statements | endpoint median | psql median (sum) | ratio | load |" + jit)
    print("|---|---|---|---|---|---|---|" + ("---|" if jvm else ""))
    for level, code in regions:
        for name, path in latency.endpoints():
            url = base + path.format(r=code)
            try:
                sqls = statements(capture(data_dir, pg_log, url, token))
                compiled = compiler_ms(jvm) if jvm else 0
                endpoints, sums = [], []
                for _ in range(rounds):
                    endpoints.append(statistics.median(latency.request(url, token)[0] * 1000 for _ in range(count)))
                    sums.append(sum(timed(data_dir, sql, count) for sql in sqls))
            except (latency.urllib.error.HTTPError, subprocess.CalledProcessError) as error:
                print(f"| {level} `{code}` | {name} | {error} | – | – | – | {os.getloadavg()[0]:.1f} |"
                      + (" – |" if jvm else ""))
                continue
            ratios = [e / s for e, s in zip(endpoints, sums) if s]
            ratio = f"{statistics.median(ratios):.2f}" if ratios else "nan"
            if rounds > 1 and ratios:
                ratio += f" ({min(ratios):.2f}–{max(ratios):.2f})"
            print(f"| {level} `{code}` | {name} | {len(sqls)} | {statistics.median(endpoints):.0f} ms | "
                  f"{statistics.median(sums):.0f} ms | {ratio} | {os.getloadavg()[0]:.1f} |"
                  + (f" {compiler_ms(jvm) - compiled:.0f} ms |" if jvm else ""), flush=True)


if __name__ == "__main__":
    main()
