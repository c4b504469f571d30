#!/usr/bin/env python3
"""CPU time per request of the dashboard's read endpoints, in the backend's JVM and in the embedded PostgreSQL's
processes, for docs/BENCHMARKS.md ("The fixed cost per request"). Unlike the answer times it does not grow with the
machine's load. Linux only (reads /proc).

Usage: scripts/cpu-per-request.py URL USER PASSWORD JVM_PID DATA_DIR [REQUESTS] [REGION=CODE ...]
  DATA_DIR: the embedded database's directory (its postmaster's pid from postmaster.pid).
Each endpoint of scripts/measure-latency.py is asked once, then REQUESTS times with the CPU read before and after.
"""
import glob
import importlib.util
import os
import statistics
import sys
from pathlib import Path

spec = importlib.util.spec_from_file_location("latency", Path(__file__).with_name("measure-latency.py"))
latency = importlib.util.module_from_spec(spec)
spec.loader.exec_module(latency)
TICK = os.sysconf("SC_CLK_TCK")


def cpu_ms(stat):
    fields = stat.rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / TICK


def postgres_ms(postmaster):
    total = 0.0
    for path in glob.glob("/proc/[0-9]*/stat"):
        try:
            stat = Path(path).read_text()
        except OSError:
            continue
        pid, parent = int(path.split("/")[2]), int(stat.rsplit(")", 1)[1].split()[1])
        if postmaster in (pid, parent):
            total += cpu_ms(stat)
    return total


def main():
    base, user, password, jvm, data_dir = sys.argv[1:6]
    count = int(sys.argv[6]) if len(sys.argv) > 6 else 20
    regions = [arg.split("=", 1) for arg in sys.argv[7:]] or [["city", "cn.p01.c01"], ["province", "cn.p01"]]
    postmaster = int(Path(data_dir, "postmaster.pid").read_text().splitlines()[0])
    token = latency.sign_in(base, user, password)
    print("| region | endpoint | median | p95 | JVM CPU per request | PostgreSQL CPU per request | load |")
    print("|---|---|---|---|---|---|---|")
    for level, code, name, url in latency.urls(base, regions):
        latency.request(url, token)
        jvm_before, pg_before = cpu_ms(Path(f"/proc/{jvm}/stat").read_text()), postgres_ms(postmaster)
        times = sorted(latency.request(url, token)[0] * 1000 for _ in range(count))
        jvm_after, pg_after = cpu_ms(Path(f"/proc/{jvm}/stat").read_text()), postgres_ms(postmaster)
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        print(f"| {level} `{code}` | {name} | {statistics.median(times):.0f} ms | {p95:.0f} ms "
              f"| {(jvm_after - jvm_before) / count:.1f} ms | {(pg_after - pg_before) / count:.1f} ms "
              f"| {os.getloadavg()[0]:.1f} |", flush=True)


if __name__ == "__main__":
    main()
