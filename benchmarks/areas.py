"""What the API areas cost to load: `import integrations_mistral` alone, then every area's service
and every model, each in a fresh interpreter, rounds alternating.

    python benchmarks/areas.py [--rounds N] [--src PATH]

`--src` measures another checkout's `src` (the package before a change) in alternate rounds, so
the two are compared under the same machine load. Milliseconds and RSS MiB: median (min-max).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys

PROBE = r"""
import json, resource, sys, time
start = time.perf_counter()
import integrations_mistral as im
imported = time.perf_counter()
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
client = im.MistralClient(api_key="k")
from integrations_mistral import services, types
for area in services.AREAS:
    getattr(client, area)
names = list(types._AREA_OF)
try:
    from integrations_mistral.types._generated import MODULES
    names += list(MODULES)
except ImportError:
    pass
for name in names:
    getattr(types, name)
loaded = time.perf_counter()
print(json.dumps({
    "import_ms": (imported - start) * 1000,
    "import_rss": rss,
    "areas_ms": (loaded - imported) * 1000,
    "areas_rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "areas": len(services.AREAS),
    "models": len(names),
}))
"""


def probe(src: str | None) -> dict[str, float]:
    env = dict(os.environ)
    if src:
        env["PYTHONPATH"] = src
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, env=env
    )
    result: dict[str, float] = json.loads(done.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--src", help="another checkout's src directory, measured alternately")
    options = parser.parse_args()
    runs: dict[str, list[dict[str, float]]] = {"this": []}
    if options.src:
        runs["other"] = []
    for _ in range(options.rounds):
        for label in runs:
            runs[label].append(probe(options.src if label == "other" else None))
    for label, rows in runs.items():
        print(f"{label}: {int(rows[0]['areas'])} areas, {int(rows[0]['models'])} models by name")
        for key, unit in (
            ("import_ms", "ms"),
            ("import_rss", "MiB"),
            ("areas_ms", "ms"),
            ("areas_rss", "MiB"),
        ):
            values = [r[key] for r in rows]
            print(
                f"  {key:<11} {statistics.median(values):7.1f} {unit}"
                f" ({min(values):.1f}-{max(values):.1f})"
            )


if __name__ == "__main__":
    main()
