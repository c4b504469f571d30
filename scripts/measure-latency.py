#!/usr/bin/env python3
"""Latency of the dashboard's read endpoints per region level, for docs/BENCHMARKS.md (issue 15's latency table).

Usage: scripts/measure-latency.py URL USER PASSWORD [REQUESTS] [REGION=CODE ...]
  e.g. scripts/measure-latency.py http://127.0.0.1:8081 admin secret 15 city=cn.p01.c01 province=cn.p01 nation=cn
Each endpoint is asked REQUESTS times in a row (after one warm-up request) and the median and p95 of the answer
times are printed as a Markdown table, with the machine's 1-minute load average after each endpoint (the figures are
only comparable at a similar load). NIANBAO_ENDPOINTS=series,ranking asks only the endpoints whose names start so.
Uses only the standard library.
"""
import json
import os
import statistics
import sys
import time
import urllib.error
import urllib.request

ENDPOINTS = [
    ("overview", "/api/analytics/overview?region={r}&year=2024"),
    ("ranking", "/api/analytics/ranking?region={r}&metric=requests.new_received.total&year=2024"),
    ("series (townships, 6 years)", "/api/analytics/series?region={r}&metric=rate.disclosure&from=2019&to=2024&kind=TOWNSHIP"),
    ("series (townships, 6 years, by sub-region)",
     "/api/analytics/series?region={r}&metric=rate.disclosure&from=2019&to=2024&kind=TOWNSHIP&by=children"),
    ("ranking (by sub-region)", "/api/analytics/ranking?region={r}&metric=requests.new_received.total&year=2024&by=children"),
    ("roll-up", "/api/analytics/rollup?region={r}&year=2024"),
    ("completeness (6 years)", "/api/quality/completeness?region={r}&from=2019&to=2024"),
    ("findings (first page)", "/api/findings?region={r}&limit=50"),
]


def endpoints():
    """The endpoints asked: all, or those NIANBAO_ENDPOINTS names (comma-separated beginnings of their names)."""
    only = [name for name in os.environ.get("NIANBAO_ENDPOINTS", "").split(",") if name]
    return [(name, path) for name, path in ENDPOINTS if not only or any(name.startswith(start) for start in only)]


def request(url, token=None, body=None):
    headers = {"Accept": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    started = time.perf_counter()
    with urllib.request.urlopen(urllib.request.Request(url, data=data, headers=headers), timeout=300) as answer:
        payload = answer.read()
    return time.perf_counter() - started, len(payload), payload


def sign_in(base, user, password):
    """The bearer token of the user."""
    _, _, payload = request(base + "/api/auth/login", body={"username": user, "password": password})
    return json.loads(payload)["token"]


def urls(base, regions):
    """(level, region code, endpoint name, URL) of every endpoint for every region."""
    for level, code in regions:
        for name, path in ENDPOINTS:
            yield level, code, name, base + path.format(r=code)


def main():
    base, user, password = sys.argv[1:4]
    count = int(sys.argv[4]) if len(sys.argv) > 4 else 15
    regions = [arg.split("=", 1) for arg in sys.argv[5:]] or [["city", "cn.p01.c01"], ["province", "cn.p01"], ["nation", "cn"]]
    token = sign_in(base, user, password)
    print("| region | endpoint | answer | median | p95 | load |")
    print("|---|---|---|---|---|---|")
    for level, code in regions:
        for name, path in endpoints():
            url = base + path.format(r=code)
            try:
                request(url, token)
                times = []
                size = 0
                for _ in range(count):
                    seconds, size, _ = request(url, token)
                    times.append(seconds * 1000)
            except urllib.error.HTTPError as error:
                print(f"| {level} `{code}` | {name} | HTTP {error.code} | – | – | {os.getloadavg()[0]:.1f} |")
                continue
            times.sort()
            p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
            print(f"| {level} `{code}` | {name} | {size / 1024:.0f} KB | {statistics.median(times):.0f} ms | {p95:.0f} ms "
                  f"| {os.getloadavg()[0]:.1f} |", flush=True)


if __name__ == "__main__":
    main()
