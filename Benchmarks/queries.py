#!/usr/bin/env python3
"""Make a deterministic query workload for a case graph, shared by every benchmark.

Usage:
    python3 Benchmarks/queries.py Benchmarks/data/M-seed1.json [--seed 1] [--count 1000] [--out PATH]

Writes Benchmarks/data/<graph name>.queries.json (next to the graph) unless --out
is given. The same graph and seed give a byte-identical file. Format
(all node references are node ids from the graph file):

{
  "format": "casegraph-workload/1",
  "graph": "M-seed1.json", "graph_bytes": 135577385, "graph_sha256": "...",
  "seed": 1, "nodes": 100000, "edges": 500000,
  "hub": {"id": "...", "name": "...", "type": "country", "degree": 12345},
  "lookup":        [{"id": "ana-ivanovic", "name": "Ana Ivanović"}, ...],   # look the name up
  "neighbourhood": ["ana-ivanovic", ...],                                   # 1-hop and 2-hop
  "path":          [{"from": "a", "to": "b"}, ...],                         # undirected
  "trace":         [{"from": "a", "to": "b", "known_reachable": true}, ...] # directed
}

* lookup: `count` distinct random nodes with their display name (names are not
  unique: a lookup answers every node with that exact name).
* neighbourhood: `count` distinct random nodes; the 1-hop query is every node
  joined to it by an edge in either direction, the 2-hop query every node
  within two such steps (the node itself excluded in both).
* path: `count` random pairs of distinct nodes; unweighted shortest path
  ignoring edge direction.
* trace: `count` pairs, shuffled; half are random pairs (a directed path may
  or may not exist, known_reachable false), half are the two ends of a random
  walk along edge direction (so a directed path exists, known_reachable true)
  whose end is not a direct successor of its start (so it is at least two hops
  away): half of those walk led_to edges only (tip -> ... -> trial chains),
  the other half any edges.
* hub: the node with the most edges (in + out, parallel edges counted; ties go
  to the smallest id).
"""

import argparse
import hashlib
import json
import os
import random
import sys
import time

try:
    import orjson

    def load_json(raw):
        return orjson.loads(raw)
except ImportError:  # pragma: no cover - the stdlib parser is slower but equivalent
    def load_json(raw):
        return json.loads(raw)


def sample_distinct(rng, population_size, k):
    if k <= population_size:
        return rng.sample(range(population_size), k)
    return [rng.randrange(population_size) for _ in range(k)]


def random_pair(rng, n):
    a = rng.randrange(n)
    b = rng.randrange(n - 1)
    if b >= a:
        b += 1
    return a, b


def walk(rng, adjacency, start, steps):
    node = start
    for _ in range(steps):
        nexts = adjacency[node]
        if not nexts:
            break
        node = nexts[rng.randrange(len(nexts))]
    return node


def dumps_one_item_per_line(obj):
    """JSON with each top-level key, and each item of a top-level array, on its own line."""
    def enc(value):
        return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    lines = []
    for key, value in obj.items():
        if isinstance(value, list):
            items = ",\n  ".join(enc(v) for v in value)
            lines.append(f" {enc(key)}: [\n  {items}\n ]")
        else:
            lines.append(f" {enc(key)}: {enc(value)}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("graph", help="case graph JSON file")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=1000, help="queries per kind (default 1000)")
    ap.add_argument("--out", help="output file (default: <graph without .json>.queries.json)")
    args = ap.parse_args()

    t0 = time.perf_counter()
    with open(args.graph, "rb") as f:
        raw = f.read()
    sha = hashlib.sha256(raw).hexdigest()
    data = load_json(raw)
    del raw
    nodes, edges = data["nodes"], data["edges"]
    n = len(nodes)
    if n < 2:
        raise SystemExit("the graph needs at least two nodes")
    ids = [node["id"] for node in nodes]
    index = {nid: i for i, nid in enumerate(ids)}
    out_adj = [[] for _ in range(n)]
    led_adj = [[] for _ in range(n)]
    degree = [0] * n
    for e in edges:
        a, b = index[e["source"]], index[e["target"]]
        out_adj[a].append(b)
        if e["type"] == "led_to":
            led_adj[a].append(b)
        degree[a] += 1
        degree[b] += 1

    rng = random.Random(args.seed)
    count = args.count

    lookup = [{"id": ids[i], "name": nodes[i]["name"]} for i in sample_distinct(rng, n, count)]
    neighbourhood = [ids[i] for i in sample_distinct(rng, n, count)]
    path = []
    for _ in range(count):
        a, b = random_pair(rng, n)
        path.append({"from": ids[a], "to": ids[b]})

    trace = []
    n_random = count - count // 2
    for _ in range(n_random):
        a, b = random_pair(rng, n)
        trace.append({"from": ids[a], "to": ids[b], "known_reachable": False})
    led_starts = [i for i in range(n) if led_adj[i]]
    out_starts = [i for i in range(n) if out_adj[i]]
    n_walks = count // 2
    attempts = 0
    while len(trace) < count and attempts < 100 * count:
        attempts += 1
        use_led = (len(trace) - n_random) % 2 == 0 and led_starts
        starts, adjacency = (led_starts, led_adj) if use_led else (out_starts, out_adj)
        if not starts:
            break
        start = starts[rng.randrange(len(starts))]
        end = walk(rng, adjacency, start, rng.randint(2, 12) if use_led else rng.randint(3, 8))
        # Skip walks that came back or ended one edge away: a trace of one hop says little.
        if end != start and end not in out_adj[start]:
            trace.append({"from": ids[start], "to": ids[end], "known_reachable": True})
    if len(trace) - n_random < n_walks:
        print(f"warning: only {len(trace) - n_random} reachable trace pairs found", file=sys.stderr)
    rng.shuffle(trace)

    hub = min(range(n), key=lambda i: (-degree[i], ids[i]))
    workload = {
        "format": "casegraph-workload/1",
        "graph": os.path.basename(args.graph),
        "graph_bytes": os.path.getsize(args.graph),
        "graph_sha256": sha,
        "seed": args.seed,
        "nodes": n,
        "edges": len(edges),
        "hub": {"id": ids[hub], "name": nodes[hub]["name"], "type": nodes[hub]["type"],
                "degree": degree[hub]},
        "lookup": lookup,
        "neighbourhood": neighbourhood,
        "path": path,
        "trace": trace,
    }
    out = args.out
    if not out:
        base = args.graph[:-5] if args.graph.endswith(".json") else args.graph
        out = base + ".queries.json"
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(dumps_one_item_per_line(workload))
    print(f"wrote {out}: {len(lookup)} lookups, {len(neighbourhood)} neighbourhoods, "
          f"{len(path)} paths, {len(trace)} traces ({sum(t['known_reachable'] for t in trace)} known reachable); "
          f"hub {ids[hub]} ({nodes[hub]['type']}, degree {degree[hub]}); {time.perf_counter() - t0:.1f} s")


if __name__ == "__main__":
    sys.exit(main())
