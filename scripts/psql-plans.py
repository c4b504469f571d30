#!/usr/bin/env python3
"""Each statement of the read endpoints in psql three ways, for docs/BENCHMARKS.md ("Planned once"): typed with its
values written in, prepared and planned for each execution (plan_cache_mode = force_custom_plan), and prepared with one
plan for every value (force_generic_plan). What tells which statements may be planned once.

Usage: scripts/psql-plans.py URL USER PASSWORD DATA_DIR PG_LOG [REQUESTS] [REGION=CODE ...]
  as scripts/psql-ratio.py, whose statement log it reads the same way. Prints, per statement, the medians of REQUESTS
runs (ms) and the beginning of its text, and per endpoint their sums.
"""
import importlib.util
import re
import sys
from pathlib import Path

spec = importlib.util.spec_from_file_location("ratio", Path(__file__).with_name("psql-ratio.py"))
ratio = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ratio)
latency = ratio.latency


def kind(value):
    """The type to declare a logged value as: the log does not say it."""
    if re.fullmatch(r"'-?\d+'", value):
        return "int"
    if re.fullmatch(r"'-?\d+\.\d+'", value):
        return "numeric"
    return "text"


def three_ways(data_dir, sql, values, count):
    once = ratio.timed(data_dir, ratio.written_in(sql, values), count)
    if not values:
        return once, once, once
    prepare = ("PREPARE p(" + ", ".join(kind(values[n]) for n in sorted(values)) + ") AS "
               + sql.rstrip().rstrip(";") + ";")
    execute = "EXECUTE p(" + ", ".join(values[n] for n in sorted(values)) + ")"
    return (once,
            ratio.timed(data_dir, execute, count, "SET plan_cache_mode = force_custom_plan;\n" + prepare),
            ratio.timed(data_dir, execute, count, "SET plan_cache_mode = force_generic_plan;\n" + prepare))


def main():
    base, user, password, data_dir, pg_log, count, regions = ratio.arguments(sys.argv)
    token = latency.sign_in(base, user, password)
    print("typed / prepared, planned each time / prepared, planned once (ms)")
    for level, code in regions:
        for name, path in latency.endpoints():
            url = base + path.format(r=code)
            # the driver's look-ups of types on a new connection are not the endpoint's
            statements = [(sql, values) for sql, values in ratio.logged(ratio.capture(data_dir, pg_log, url, token))
                          if "pg_catalog.pg_type" not in sql]
            sums = [0.0, 0.0, 0.0]
            for sql, values in statements:
                times = three_ways(data_dir, sql, values, count)
                sums = [total + t for total, t in zip(sums, times)]
                print(f"    {times[0]:8.2f} {times[1]:8.2f} {times[2]:8.2f}  {' '.join(sql.split())[:100]}")
            print(f"{level} {code} {name}: {sums[0]:.2f} / {sums[1]:.2f} / {sums[2]:.2f} ms", flush=True)


if __name__ == "__main__":
    main()
