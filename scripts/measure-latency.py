#!/usr/bin/env python3
"""Latency of the dashboard's read endpoints per region level, for docs/BENCHMARKS.md (issue 15's latency table).

Usage: scripts/measure-latency.py URL USER PASSWORD [REQUESTS] [REGION=CODE ...]
  e.g. scripts/measure-latency.py http://127.0.0.1:8081 admin secret 15 city=cn.p01.c01 province=cn.p01 nation=cn
Each endpoint is asked REQUESTS times in a row (after one warm-up request) and the median and p95 of the answer
times are printed as a Markdown table, with the machine's 1-minute load average after each endpoint (the figures are
only comparable at a similar load). NIANBAO_ENDPOINTS=series,ranking asks only the endpoints whose names start so.
Requests go over one kept-alive connection, as the dashboard's own client and a browser send them. Uses only the
standard library.
"""
import http.client
import json
import os
import statistics
import sys
import time
import urllib.error
import urllib.parse

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


CONNECTIONS = {}


def request(url, token=None, body=None):
    """(seconds, bytes, payload) of one request on the kept-alive connection to the URL's server; HTTPError for 4xx/5xx."""
    parts = urllib.parse.urlsplit(url)
    headers = {"Accept": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    path = parts.path + ("?" + parts.query if parts.query else "")
    for attempt in (1, 2):
        connection = CONNECTIONS.get(parts.netloc)
        if connection is None:
            connection = CONNECTIONS[parts.netloc] = http.client.HTTPConnection(parts.netloc, timeout=300)
        started = time.perf_counter()
        try:
            connection.request("POST" if data is not None else "GET", path, body=data, headers=headers)
            answer = connection.getresponse()
            payload = answer.read()
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
            # the server closed the kept-alive connection: once more on a new one
            connection.close()
            del CONNECTIONS[parts.netloc]
            if attempt == 2:
                raise
            continue
        seconds = time.perf_counter() - started
        if answer.status >= 400:
            raise urllib.error.HTTPError(url, answer.status, answer.reason, answer.headers, None)
        return seconds, len(payload), payload


def p95(times):
    """The 95th percentile of the times (the nearest rank)."""
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


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
            print(f"| {level} `{code}` | {name} | {size / 1024:.0f} KB | {statistics.median(times):.0f} ms | "
                  f"{p95(times):.0f} ms "
                  f"| {os.getloadavg()[0]:.1f} |", flush=True)


if __name__ == "__main__":
    main()
