#!/usr/bin/env python3
"""Benchmark peer graph libraries on a case graph and its workload.

Usage:
    python3 Benchmarks/peers.py Benchmarks/data/M-seed1.json Benchmarks/data/M-seed1.queries.json \
        [--peers networkx,igraph,rustworkx,networkit,kuzu] [--out results.json] [--time-limit 20]

Installs nothing: a peer whose library is missing is reported and skipped
(bash Benchmarks/install-peers.sh installs them all). Each peer runs in a
fresh Python process (this script with --worker), so its peak RSS is its own.

Per peer it measures
  * load: read the file, orjson.loads it (parse), build the library's graph
    plus a name -> [ids] dict (build); Python's GC is disabled while loading;
  * memory: ru_maxrss before the load (after importing the library: the
    baseline) and at the end (the peak), and the resident size after the
    load once the parsed JSON has been dropped;
  * latency (median, p99) of five query kinds over the workload:
      lookup     name -> ids, in the dict built at load
      one_hop    distinct nodes joined to the node by an edge, either direction
      two_hop    distinct nodes within two such steps (node itself excluded)
      path       unweighted shortest path ignoring direction (the path itself)
      trace      unweighted shortest path along edge direction
    each kind stops after --time-limit seconds and reports how many ran;
  * the hub's one_hop and two_hop (median of --hub-repeats runs).
Kuzu first gets the JSON converted to CSV in a separate process (its time is
reported as convert), then COPYs it into a database in a temp folder and
answers the queries in Cypher; it also reports a Cypher name lookup.

Every answer (a count, or a path length in hops with -1 for "no path") is
kept, and the peers are checked against each other over the queries they all
ran. Results go to --out (default: <graph>.peers.json next to the graph) and a
table is printed.
"""

import argparse
import csv
import gc
import importlib.metadata
import importlib.util
import json
import math
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time

ALL_PEERS = ["networkx", "igraph", "rustworkx", "networkit", "kuzu"]
KINDS = ["lookup", "one_hop", "two_hop", "path", "trace"]
DIST_PACKAGE = {"networkx": "networkx", "igraph": "igraph", "rustworkx": "rustworkx",
                "networkit": "networkit", "kuzu": "kuzu"}


# ---------------------------------------------------------------------------
# measurement helpers

def maxrss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # KiB on Linux


def current_rss_mb():
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return None


def release_free_memory():
    """Hand freed heap pages back to the OS (glibc), so RSS after load shows what is kept."""
    try:
        import ctypes
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def log(peer, message):
    print(f"[{peer}] {message}", file=sys.stderr, flush=True)


def percentile(sorted_values, q):
    """Nearest-rank percentile of an ascending list."""
    if not sorted_values:
        return None
    rank = max(1, math.ceil(q / 100.0 * len(sorted_values)))
    return sorted_values[rank - 1]


def summarize(times_ns, total, limit_hit, elapsed):
    s = sorted(times_ns)
    n = len(s)
    if n == 0:
        return {"ran": 0, "of": total, "stopped_by_time_limit": limit_hit}
    median = s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
    return {"ran": n, "of": total, "stopped_by_time_limit": limit_hit,
            "median_us": round(median / 1000.0, 2), "p99_us": round(percentile(s, 99) / 1000.0, 2),
            "mean_us": round(sum(s) / n / 1000.0, 2), "max_us": round(s[-1] / 1000.0, 2),
            "total_s": round(elapsed, 3)}


def run_kind(fn, arguments, limit_s):
    """Time fn(*args) for each args until done or limit_s has passed."""
    times, answers = [], []
    clock = time.perf_counter_ns
    start = time.perf_counter()
    limit_hit = False
    for args in arguments:
        t0 = clock()
        answer = fn(*args)
        t1 = clock()
        times.append(t1 - t0)
        answers.append(answer)
        if time.perf_counter() - start > limit_s:
            limit_hit = len(answers) < len(arguments)
            break
    return times, answers, limit_hit, time.perf_counter() - start


# ---------------------------------------------------------------------------
# peers: each build() returns an object with lookup/one_hop/two_hop/path/trace
# taking node ids (strings) and returning an int answer.

def name_index(nodes):
    names = {}
    for node in nodes:
        names.setdefault(node["name"], []).append(node["id"])
    return names


class Peer:
    """What every peer shares: the exact-name dictionary (`self.names`, built by
    name_index) and the 2-hop count over an undirected neighbour function."""

    def lookup(self, name):
        return len(self.names.get(name, ()))

    @staticmethod
    def two_hop_count(neighbours, i):
        first = set(neighbours(i))
        seen = set(first)
        for u in first:
            seen.update(neighbours(u))
        seen.discard(i)
        return len(seen)


class NetworkXPeer(Peer):
    def __init__(self, data, detail):
        import networkx as nx
        self.nx = nx
        t = time.perf_counter()
        # The documented way to load a case graph (graph/README.md): a MultiDiGraph
        # keeping every attribute.
        self.g = nx.node_link_graph(data, edges="edges")
        detail["node_link_graph_s"] = time.perf_counter() - t
        t = time.perf_counter()
        # An undirected simple view of the structure, built once for undirected queries.
        u = nx.Graph()
        u.add_nodes_from(self.g)
        u.add_edges_from(self.g.edges())
        self.u = u
        detail["undirected_copy_s"] = time.perf_counter() - t
        t = time.perf_counter()
        self.names = name_index(data["nodes"])
        detail["name_index_s"] = time.perf_counter() - t

    def one_hop(self, v):
        s = set(self.g.successors(v))
        s.update(self.g.predecessors(v))
        s.discard(v)
        return len(s)

    def two_hop(self, v):
        return len(self.nx.single_source_shortest_path_length(self.u, v, cutoff=2)) - 1

    def path(self, a, b):
        try:
            return len(self.nx.bidirectional_shortest_path(self.u, a, b)) - 1
        except self.nx.NetworkXNoPath:
            return -1

    def trace(self, a, b):
        try:
            return len(self.nx.bidirectional_shortest_path(self.g, a, b)) - 1
        except self.nx.NetworkXNoPath:
            return -1


class IGraphPeer(Peer):
    def __init__(self, data, detail):
        import warnings
        import igraph as ig
        warnings.filterwarnings("ignore", message=".*reach.*")  # unreachable targets
        t = time.perf_counter()
        nodes = data["nodes"]
        ids = [n["id"] for n in nodes]
        index = {nid: i for i, nid in enumerate(ids)}
        edges = [(index[e["source"]], index[e["target"]]) for e in data["edges"]]
        detail["index_edges_s"] = time.perf_counter() - t
        t = time.perf_counter()
        g = ig.Graph(n=len(ids), edges=edges, directed=True)
        del edges
        # "name" makes igraph accept node ids wherever a vertex is expected.
        g.vs["name"] = ids
        g.vs["label"] = [n["name"] for n in nodes]
        g.vs["type"] = [n["type"] for n in nodes]
        g.es["type"] = [e["type"] for e in data["edges"]]
        self.g = g
        self.index = index
        detail["graph_s"] = time.perf_counter() - t
        t = time.perf_counter()
        self.names = name_index(nodes)
        detail["name_index_s"] = time.perf_counter() - t

    def one_hop(self, v):
        s = set(self.g.neighbors(v, mode="all"))
        s.discard(self.index[v])
        return len(s)

    def two_hop(self, v):
        return len(self.g.neighborhood(v, order=2, mode="all", mindist=1))

    def path(self, a, b):
        p = self.g.get_shortest_path(a, b, mode="all")
        return len(p) - 1 if p else -1

    def trace(self, a, b):
        p = self.g.get_shortest_path(a, b, mode="out")
        return len(p) - 1 if p else -1


class RustworkxPeer(Peer):
    def __init__(self, data, detail):
        import rustworkx as rx
        self.rx = rx
        t = time.perf_counter()
        nodes = data["nodes"]
        g = rx.PyDiGraph(multigraph=True)
        indices = g.add_nodes_from([(n["id"], n["type"], n["name"]) for n in nodes])
        index = {n["id"]: i for n, i in zip(nodes, indices)}
        g.add_edges_from([(index[e["source"]], index[e["target"]], e["type"]) for e in data["edges"]])
        self.g, self.index = g, index
        detail["graph_s"] = time.perf_counter() - t
        t = time.perf_counter()
        # digraph_dijkstra_shortest_paths(as_undirected=True) rebuilds an undirected graph on
        # every call; an undirected simple copy, made once, is what a user would keep.
        self.u = g.to_undirected(multigraph=False)
        detail["undirected_copy_s"] = time.perf_counter() - t
        t = time.perf_counter()
        self.names = name_index(nodes)
        detail["name_index_s"] = time.perf_counter() - t

    def one_hop(self, v):
        i = self.index[v]
        s = set(self.g.neighbors_undirected(i))
        s.discard(i)
        return len(s)

    def two_hop(self, v):
        return self.two_hop_count(self.u.neighbors, self.index[v])

    def path(self, a, b):
        ia, ib = self.index[a], self.index[b]
        paths = self.rx.graph_dijkstra_shortest_paths(self.u, ia, target=ib, default_weight=1.0)
        return len(paths[ib]) - 1 if ib in paths else -1

    def trace(self, a, b):
        ia, ib = self.index[a], self.index[b]
        paths = self.rx.digraph_dijkstra_shortest_paths(self.g, ia, target=ib, default_weight=1.0)
        return len(paths[ib]) - 1 if ib in paths else -1


class NetworKitPeer(Peer):
    def __init__(self, data, detail):
        import numpy as np
        import networkit as nk
        self.nk = nk
        nk.engineering.setNumberOfThreads(1)
        t = time.perf_counter()
        nodes = data["nodes"]
        index = {n["id"]: i for i, n in enumerate(nodes)}
        edges = data["edges"]
        src = np.fromiter((index[e["source"]] for e in edges), dtype=np.uint64, count=len(edges))
        dst = np.fromiter((index[e["target"]] for e in edges), dtype=np.uint64, count=len(edges))
        detail["index_edges_s"] = time.perf_counter() - t
        t = time.perf_counter()
        self.g = nk.GraphFromCoo((src, dst), n=len(nodes), directed=True)
        self.u = nk.graphtools.toUndirected(self.g)
        self.index = index
        # networkit keeps no strings: the ids, names and types stay in Python lists.
        self.ids = [n["id"] for n in nodes]
        self.types = [n["type"] for n in nodes]
        self.edge_types = [e["type"] for e in edges]
        detail["graph_s"] = time.perf_counter() - t
        t = time.perf_counter()
        self.names = name_index(nodes)
        detail["name_index_s"] = time.perf_counter() - t

    def one_hop(self, v):
        i = self.index[v]
        s = set(self.u.iterNeighbors(i))
        s.discard(i)
        return len(s)

    def two_hop(self, v):
        return self.two_hop_count(self.u.iterNeighbors, self.index[v])

    def _path(self, graph, a, b):
        bfs = self.nk.distance.BidirectionalBFS(graph, self.index[a], self.index[b], storePred=True)
        bfs.run()
        d = bfs.getDistance()
        if d > 1e300:
            return -1
        bfs.getPath()
        return int(d)

    def path(self, a, b):
        return self._path(self.u, a, b)

    def trace(self, a, b):
        return self._path(self.g, a, b)


class KuzuPeer(Peer):
    """Built from the CSV files made by convert_for_kuzu()."""

    def __init__(self, csv_dir, detail, threads, timeout_ms):
        import kuzu
        t = time.perf_counter()
        self.dir = tempfile.mkdtemp(prefix="casegraph-kuzu-")
        self.db = kuzu.Database(os.path.join(self.dir, "db.kuzu"), max_num_threads=threads)
        self.conn = kuzu.Connection(self.db, num_threads=threads)
        c = self.conn
        c.execute("CREATE NODE TABLE Node(id STRING, type STRING, name STRING, PRIMARY KEY(id))")
        c.execute("CREATE REL TABLE Rel(FROM Node TO Node, id STRING, type STRING, date STRING)")
        detail["schema_s"] = time.perf_counter() - t
        t = time.perf_counter()
        c.execute(f"COPY Node FROM '{os.path.join(csv_dir, 'nodes.csv')}' (HEADER=true)")
        detail["copy_nodes_s"] = time.perf_counter() - t
        t = time.perf_counter()
        c.execute(f"COPY Rel FROM '{os.path.join(csv_dir, 'edges.csv')}' (HEADER=true)")
        detail["copy_edges_s"] = time.perf_counter() - t
        t = time.perf_counter()
        names = {}
        result = c.execute("MATCH (n:Node) RETURN n.name, n.id")
        while result.has_next():
            name, nid = result.get_next()
            names.setdefault(name, []).append(nid)
        self.names = names
        detail["name_index_s"] = time.perf_counter() - t
        if timeout_ms:
            c.set_query_timeout(timeout_ms)
        # Prepared, parameterised Cypher (Kuzu 0.11 deprecates prepare() in favour of
        # execute(query, params), but prepared statements answer faster; the warning is muted).
        import warnings
        warnings.filterwarnings("ignore", category=DeprecationWarning, message=".*prepare.*")
        prep = c.prepare
        self.q_lookup = prep("MATCH (n:Node) WHERE n.name = $name RETURN n.id")
        self.q_one = prep("MATCH (a:Node)-[:Rel]-(b:Node) WHERE a.id = $id AND b.id <> $id "
                          "RETURN DISTINCT b.id")
        self.q_two = prep("MATCH (a:Node)-[:Rel* SHORTEST 1..2]-(b:Node) WHERE a.id = $id AND b.id <> $id "
                          "RETURN DISTINCT b.id")
        self.q_path = prep("MATCH p = (a:Node)-[:Rel* SHORTEST 1..30]-(b:Node) WHERE a.id = $a AND b.id = $b "
                               "RETURN length(p), properties(nodes(p), 'id')")
        self.q_trace = prep("MATCH p = (a:Node)-[:Rel* SHORTEST 1..30]->(b:Node) WHERE a.id = $a AND b.id = $b "
                            "RETURN length(p), properties(nodes(p), 'id')")

    def close(self):
        self.conn.close()
        self.db.close()
        shutil.rmtree(self.dir, ignore_errors=True)

    def _rows(self, query, params):
        try:
            return self.conn.execute(query, params).get_all()
        except RuntimeError as exc:  # query timeout / interrupt
            if "interrupt" in str(exc).lower() or "timeout" in str(exc).lower():
                return None
            raise

    def lookup_cypher(self, name):
        rows = self._rows(self.q_lookup, {"name": name})
        return -2 if rows is None else len(rows)

    def one_hop(self, v):
        rows = self._rows(self.q_one, {"id": v})
        return -2 if rows is None else len(rows)

    def two_hop(self, v):
        rows = self._rows(self.q_two, {"id": v})
        return -2 if rows is None else len(rows)

    def _path(self, query, a, b):
        rows = self._rows(query, {"a": a, "b": b})
        if rows is None:
            return -2
        return rows[0][0] if rows else -1

    def path(self, a, b):
        return self._path(self.q_path, a, b)

    def trace(self, a, b):
        return self._path(self.q_trace, a, b)


# ---------------------------------------------------------------------------
# worker processes

def read_and_parse(graph):
    import orjson
    t0 = time.perf_counter()
    with open(graph, "rb") as f:
        raw = f.read()
    t1 = time.perf_counter()
    data = orjson.loads(raw)
    t2 = time.perf_counter()
    del raw
    return data, t1 - t0, t2 - t1


def convert_for_kuzu(graph, csv_dir):
    """JSON -> nodes.csv (id,type,name) and edges.csv (from,to,id,type,date)."""
    import orjson  # noqa: F401 - fail early with the right message
    gc.disable()
    t0 = time.perf_counter()
    data, read_s, parse_s = read_and_parse(graph)
    t = time.perf_counter()
    os.makedirs(csv_dir, exist_ok=True)
    with open(os.path.join(csv_dir, "nodes.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "type", "name"])
        w.writerows((n["id"], n["type"], n["name"]) for n in data["nodes"])
    with open(os.path.join(csv_dir, "edges.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["from", "to", "id", "type", "date"])
        w.writerows((e["source"], e["target"], e.get("id", ""), e["type"],
                     (e.get("properties") or {}).get("date", "")) for e in data["edges"])
    write_s = time.perf_counter() - t
    return {"read_s": read_s, "parse_s": parse_s, "write_csv_s": write_s,
            "total_s": time.perf_counter() - t0, "peak_rss_mb": round(maxrss_mb(), 1)}


def import_peer(peer):
    if peer == "networkx":
        import networkx  # noqa: F401
    elif peer == "igraph":
        import igraph  # noqa: F401
    elif peer == "rustworkx":
        import rustworkx  # noqa: F401
    elif peer == "networkit":
        import networkit  # noqa: F401
        import numpy  # noqa: F401
    elif peer == "kuzu":
        import kuzu  # noqa: F401
    import orjson  # noqa: F401


def worker(args):
    peer = args.worker
    import_peer(peer)
    baseline = maxrss_mb()
    baseline_current = current_rss_mb()
    with open(args.queries, encoding="utf-8") as f:
        wl = json.load(f)
    result = {"peer": peer, "version": importlib.metadata.version(DIST_PACKAGE[peer]), "status": "ok"}
    detail = {}

    gc.disable()
    t0 = time.perf_counter()
    if peer == "kuzu":
        read_s = parse_s = None
        impl = KuzuPeer(args.csv_dir, detail, args.kuzu_threads, int(args.time_limit * 1000))
    else:
        data, read_s, parse_s = read_and_parse(args.graph)
        t = time.perf_counter()
        cls = {"networkx": NetworkXPeer, "igraph": IGraphPeer, "rustworkx": RustworkxPeer,
               "networkit": NetworKitPeer}[peer]
        impl = cls(data, detail)
        build_s = time.perf_counter() - t
        del data
    total_s = time.perf_counter() - t0
    if peer == "kuzu":
        build_s = total_s
    gc.enable()
    gc.collect()
    gc.freeze()   # keep the loaded graph out of later collections
    release_free_memory()
    result["load"] = {"read_s": read_s, "parse_s": parse_s, "build_s": build_s, "total_s": total_s,
                      "build_detail": {k: round(v, 4) for k, v in detail.items()}}
    rss_after_load = current_rss_mb()
    log(peer, f"loaded in {total_s:.2f} s (build {build_s:.2f} s), RSS {rss_after_load:.0f} MB")

    work = {
        "lookup": [(q["name"],) for q in wl["lookup"]],
        "one_hop": [(v,) for v in wl["neighbourhood"]],
        "two_hop": [(v,) for v in wl["neighbourhood"]],
        "path": [(q["from"], q["to"]) for q in wl["path"]],
        "trace": [(q["from"], q["to"]) for q in wl["trace"]],
    }
    kinds = list(KINDS)
    if peer == "kuzu":
        work["lookup_cypher"] = work["lookup"]
        kinds.insert(1, "lookup_cypher")
    queries, answers = {}, {}
    for kind in kinds:
        fn = getattr(impl, kind)
        times, ans, limit_hit, elapsed = run_kind(fn, work[kind], args.time_limit)
        queries[kind] = summarize(times, len(work[kind]), limit_hit, elapsed)
        answers[kind] = ans
        q = queries[kind]
        log(peer, f"{kind}: {q['ran']}/{q['of']} in {elapsed:.1f} s, median {q.get('median_us')} us, "
                  f"p99 {q.get('p99_us')} us")
    hub = wl["hub"]["id"]
    hub_result = {"id": hub}
    for kind in ("one_hop", "two_hop"):
        fn = getattr(impl, kind)
        times, ans, _, _ = run_kind(fn, [(hub,)] * args.hub_repeats, args.time_limit)
        s = sorted(times)
        hub_result[kind] = ans[0]
        hub_result[kind + "_median_ms"] = round(s[len(s) // 2] / 1e6, 3)
        hub_result[kind + "_runs"] = len(s)
    result["queries"] = queries
    result["hub"] = hub_result
    result["memory"] = {"baseline_rss_mb": round(baseline, 1),
                        "baseline_current_rss_mb": baseline_current and round(baseline_current, 1),
                        "rss_after_load_mb": rss_after_load and round(rss_after_load, 1),
                        "peak_rss_mb": round(maxrss_mb(), 1),
                        "peak_minus_baseline_mb": round(maxrss_mb() - baseline, 1)}
    result["answers"] = answers
    if peer == "kuzu":
        impl.close()
    print(json.dumps(result))


# ---------------------------------------------------------------------------
# driver

def machine_info():
    info = {"python": platform.python_version(), "platform": platform.platform(),
            "nproc": os.cpu_count()}
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    info["cpu"] = line.split(":", 1)[1].strip()
                    break
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    info["mem_total_gb"] = round(int(line.split()[1]) / 1024 / 1024, 1)
        info["loadavg_at_start"] = os.getloadavg()
    except OSError:
        pass
    return info


def installed(module):
    return importlib.util.find_spec(module) is not None


def run_subprocess(cmd, timeout):
    try:
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, timeout=timeout, text=True)
    except subprocess.TimeoutExpired:
        return None, f"timed out after {timeout} s"
    if proc.returncode != 0:
        why = f"exit status {proc.returncode}"
        if proc.returncode == -9:
            why += " (killed: out of memory?)"
        return None, why
    lines = [line for line in proc.stdout.splitlines() if line.strip()]
    try:
        return json.loads(lines[-1]), None
    except (IndexError, ValueError):
        return None, "no result from the worker"


def check_agreement(results):
    """Compare every peer's answers with the reference (the first peer with the most answers)."""
    report = {}
    ok_peers = [r for r in results if r.get("status") == "ok"]
    for kind in KINDS:
        have = [r for r in ok_peers if kind in r.get("answers", {})]
        if len(have) < 2:
            continue
        ref = max(have, key=lambda r: len(r["answers"][kind]))
        ref_ans = ref["answers"][kind]
        entry = {"reference": ref["peer"]}
        for r in have:
            if r is ref:
                continue
            ans = r["answers"][kind]
            n = min(len(ans), len(ref_ans))
            bad = [i for i in range(n) if ans[i] != ref_ans[i] and ans[i] != -2]
            timeouts = sum(1 for a in ans if a == -2)
            entry[r["peer"]] = {"compared": n, "mismatches": len(bad),
                                "first_mismatches": [{"query": i, "reference": ref_ans[i], "peer": ans[i]}
                                                     for i in bad[:5]]}
            if timeouts:
                entry[r["peer"]]["query_timeouts"] = timeouts
        report[kind] = entry
    return report


def fmt(value, digits=1):
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def table(header, rows, out):
    widths = [max([len(h)] + [len(row[i]) for row in rows]) for i, h in enumerate(header)]
    print("  ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(header, widths))),
          file=out)
    for row in rows:
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))),
              file=out)


def print_table(results, out=sys.stdout):
    ok = [r for r in results if r.get("status") == "ok"]
    rows = []
    for r in ok:
        load, mem = r["load"], r["memory"]
        conv = r.get("convert")
        parse = (load["read_s"] or 0) + (load["parse_s"] or 0) if not conv else conv["total_s"]
        total = load["total_s"] + (conv["total_s"] if conv else 0)
        rows.append([f"{r['peer']} {r['version']}", fmt(parse, 2), fmt(load["build_s"], 2), fmt(total, 2),
                     fmt(mem["baseline_rss_mb"], 0), fmt(mem["rss_after_load_mb"], 0),
                     fmt(mem["peak_rss_mb"], 0)])
    print("\nLoad (seconds) and memory (MB, RSS of the peer's own process)", file=out)
    table(["peer", "read+parse", "build", "load", "baseline", "after load*", "peak"], rows, out)
    print("* RSS once the parsed JSON is dropped; Python keeps most of the freed pages, so for the\n"
          "  in-process peers this is close to the peak, not the size of the graph structure.", file=out)

    kinds = list(KINDS)
    if any("lookup_cypher" in r["queries"] for r in ok):
        kinds.append("lookup_cypher")
    rows = []
    for r in ok:
        row = [r["peer"]]
        for kind in kinds:
            s = r["queries"].get(kind)
            if not s:
                row.append("")
                continue
            cell = f"{fmt(s.get('median_us'))} / {fmt(s.get('p99_us'))}"
            if s["ran"] < s["of"]:
                cell += f" [{s['ran']} ran]"
            row.append(cell)
        row += [fmt(r["hub"].get("one_hop_median_ms"), 2), fmt(r["hub"].get("two_hop_median_ms"), 2)]
        rows.append(row)
    print("\nLatency, median / p99 in microseconds (hub: median of repeats, in ms)", file=out)
    table(["peer"] + kinds + ["hub 1-hop ms", "hub 2-hop ms"], rows, out)
    for r in results:
        if r.get("status") != "ok":
            print(f"{r['peer']}: {r['status']}", file=out)
    if any(r["peer"] == "kuzu" for r in ok):
        print("kuzu: read+parse = JSON->CSV conversion (separate process), build = CREATE + COPY + name dict.",
              file=out)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("graph")
    ap.add_argument("queries")
    ap.add_argument("--peers", default=",".join(ALL_PEERS), help="comma-separated (default: all)")
    ap.add_argument("--out", help="results JSON (default: <graph>.peers.json)")
    ap.add_argument("--time-limit", type=float, default=20.0, help="seconds per query kind (default 20)")
    ap.add_argument("--hub-repeats", type=int, default=5)
    ap.add_argument("--kuzu-threads", type=int, default=1,
                    help="Kuzu threads for COPY and queries (default 1, like the other peers)")
    ap.add_argument("--peer-timeout", type=float, default=3600, help="seconds per peer process")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("--csv-dir", help=argparse.SUPPRESS)
    ap.add_argument("--convert-kuzu", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.convert_kuzu:
        print(json.dumps(convert_for_kuzu(args.graph, args.csv_dir)))
        return 0
    if args.worker:
        worker(args)
        return 0

    peers = [p.strip() for p in args.peers.split(",") if p.strip()]
    unknown = [p for p in peers if p not in ALL_PEERS]
    if unknown:
        ap.error(f"unknown peer(s) {', '.join(unknown)}; choose from {', '.join(ALL_PEERS)}")
    if not installed("orjson"):
        print("orjson is not installed: every peer parses the graph with it.\n"
              "  Install the peers with: bash Benchmarks/install-peers.sh", file=sys.stderr)
        return 2
    with open(args.queries, encoding="utf-8") as f:
        wl = json.load(f)
    if wl.get("graph") != os.path.basename(args.graph):
        print(f"warning: the workload was made for {wl.get('graph')}, not {os.path.basename(args.graph)}",
              file=sys.stderr)

    here = os.path.abspath(__file__)
    results = []
    for peer in peers:
        if not installed(peer):
            print(f"[{peer}] not installed: skipped (bash Benchmarks/install-peers.sh installs "
                  f"{DIST_PACKAGE[peer]})", file=sys.stderr)
            results.append({"peer": peer, "status": "not installed"})
            continue
        common = ["--time-limit", str(args.time_limit), "--hub-repeats", str(args.hub_repeats),
                  "--kuzu-threads", str(args.kuzu_threads)]
        convert = None
        tmp = None
        if peer == "kuzu":
            tmp = tempfile.mkdtemp(prefix="casegraph-kuzu-csv-")
            log(peer, "converting JSON to CSV")
            convert, err = run_subprocess([sys.executable, here, args.graph, args.queries, "--convert-kuzu",
                                           "--csv-dir", tmp], args.peer_timeout)
            if convert is None:
                results.append({"peer": peer, "status": f"conversion failed: {err}"})
                shutil.rmtree(tmp, ignore_errors=True)
                continue
            log(peer, f"converted in {convert['total_s']:.2f} s")
            common += ["--csv-dir", tmp]
        log(peer, "starting")
        result, err = run_subprocess([sys.executable, here, args.graph, args.queries, "--worker", peer] + common,
                                     args.peer_timeout)
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
        if result is None:
            results.append({"peer": peer, "status": f"failed: {err}"})
            continue
        if convert:
            result["convert"] = convert
        results.append(result)

    agreement = check_agreement(results)
    out = args.out or ((args.graph[:-5] if args.graph.endswith(".json") else args.graph) + ".peers.json")
    report = {"graph": os.path.basename(args.graph), "graph_bytes": os.path.getsize(args.graph),
              "queries": os.path.basename(args.queries), "nodes": wl.get("nodes"), "edges": wl.get("edges"),
              "time_limit_s": args.time_limit, "machine": machine_info(),
              "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
              "agreement": agreement, "peers": results}
    with open(out, "w", encoding="utf-8") as f:
        json.dump(report, f, indent=1)
        f.write("\n")
    print(f"\n{report['graph']} ({report['graph_bytes'] / 1e6:.1f} MB, {wl.get('nodes')} nodes, "
          f"{wl.get('edges')} edges); time limit {args.time_limit:g} s per query kind")
    print_table(results)
    for kind, entry in agreement.items():
        for peer, cmp in entry.items():
            if peer == "reference":
                continue
            if cmp["mismatches"]:
                print(f"DISAGREEMENT {kind}: {peer} vs {entry['reference']}: {cmp['mismatches']} of "
                      f"{cmp['compared']} differ, e.g. {cmp['first_mismatches'][:2]}")
    if not agreement:
        print("fewer than two peers ran: answers not cross-checked")
    elif all(c["mismatches"] == 0 for e in agreement.values() for p, c in e.items() if p != "reference"):
        print("all peers agree on every answer they computed")
    print(f"results: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
