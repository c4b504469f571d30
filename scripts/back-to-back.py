#!/usr/bin/env python3
"""Asks each path REQUESTS times back to back on one kept-alive connection, for docs/BENCHMARKS.md ("Planned once"):
the answer time of a request with nothing waiting between it and the one before.

Usage: scripts/back-to-back.py URL USER PASSWORD REQUESTS PATH...
  PATH: e.g. '/api/analytics/overview?region=cn.p01.c01&year=2024'. Prints the median and the p95 of each.
"""
import importlib.util
import statistics
import sys
from pathlib import Path

spec = importlib.util.spec_from_file_location("latency", Path(__file__).with_name("measure-latency.py"))
latency = importlib.util.module_from_spec(spec)
spec.loader.exec_module(latency)


def main():
    base, user, password, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    token = latency.sign_in(base, user, password)
    for path in sys.argv[5:]:
        times = [latency.request(base + path, token)[0] * 1000 for _ in range(count)]
        print(f"{path}: median {statistics.median(times):.2f} ms, p95 {latency.p95(times):.2f} ms", flush=True)


if __name__ == "__main__":
    main()
