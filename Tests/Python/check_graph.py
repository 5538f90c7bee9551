#!/usr/bin/env python3
"""Validate a casegraph case-graph JSON file (see graph/README.md).

Usage:
    python3 Tests/Python/check_graph.py graph/taguig-2016.json [--path SRC DST]...

Checks:
  * the file loads with networkx.node_link_graph(data, edges="edges");
  * the top level, documents, nodes and edges have the required fields;
  * ids are non-empty lowercase ASCII slugs and unique within the file;
  * node types belong to the vocabulary, edge types are snake_case;
  * every edge endpoint is a known node;
  * every node and every edge cites at least one source;
  * every source cites a known document and its quote occurs verbatim in the
    document's file (path relative to the JSON file);
  * property values are strings, numbers, booleans or arrays of these;
  * dates are ISO 8601 at year, month or day precision;
  * for each --path SRC DST, a directed path SRC -> ... -> DST exists; the
    shortest path and the longest carried_out/led_to chain are printed.
    Without --path, the seed-graph chains (dutch-police -> arrest-taguig and
    arrest-ed-2016 -> arrest-taguig) are checked when those nodes exist.

Prints "N passed, M failed" and exits 1 if anything failed.
"""

import argparse
import datetime
import json
import os
import re
import sys

import networkx as nx

NODE_TYPES = {"organisation", "person", "country", "place", "operation", "event", "group"}
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
SNAKE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
CAUSAL_TYPES = {"carried_out", "led_to"}
DEFAULT_PATHS = [("dutch-police", "arrest-taguig"), ("arrest-ed-2016", "arrest-taguig")]


class Checker:
    def __init__(self):
        self.passed = 0
        self.failures = []

    def check(self, ok, message):
        if ok:
            self.passed += 1
        else:
            self.failures.append(message)
        return ok


def valid_date(value):
    if not isinstance(value, str):
        return False
    m = DATE.fullmatch(value)
    if not m:
        return False
    year, month, day = m.group(1), m.group(2), m.group(3)
    try:
        datetime.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return False
    return True


def is_scalar(value):
    return isinstance(value, (str, bool, int, float)) and value is not None


def nonempty_str(value):
    return isinstance(value, str) and value.strip() != ""


def check_properties(c, where, props):
    if not c.check(isinstance(props, dict), f"{where}: properties must be an object"):
        return
    for key, value in props.items():
        ok = is_scalar(value) or (isinstance(value, list) and all(is_scalar(v) for v in value))
        c.check(ok, f"{where}: property {key!r} must be a string, number, boolean or array of these")
        if key == "date":
            c.check(valid_date(value), f"{where}: date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")


def check_sources(c, where, sources, texts):
    if not c.check(isinstance(sources, list) and len(sources) >= 1,
                   f"{where}: must cite at least one source"):
        return
    for i, src in enumerate(sources):
        if not c.check(isinstance(src, dict), f"{where}: sources[{i}] must be an object"):
            continue
        doc, quote = src.get("document"), src.get("quote")
        if not c.check(doc in texts, f"{where}: sources[{i}] cites unknown document {doc!r}"):
            continue
        if not c.check(nonempty_str(quote), f"{where}: sources[{i}] has an empty quote"):
            continue
        text = texts[doc]
        if text is not None:
            c.check(quote in text, f"{where}: quote not found verbatim in {doc!r}: {quote[:80]!r}")


def describe_path(graph, path):
    parts = [path[0]]
    for a, b in zip(path, path[1:]):
        types = sorted({d.get("type") for d in graph.get_edge_data(a, b).values()})
        parts.append(f"-[{'|'.join(types)}]-> {b}")
    return " ".join(parts)


def causal_chain(graph, src, dst, limit=10000):
    """Longest simple path from src to dst using only carried_out/led_to edges."""
    sub = nx.MultiDiGraph()
    sub.add_nodes_from(graph)
    sub.add_edges_from((a, b, k, d) for a, b, k, d in graph.edges(keys=True, data=True)
                       if d.get("type") in CAUSAL_TYPES)
    if not nx.has_path(sub, src, dst):
        return None
    best = None
    for i, path in enumerate(nx.all_simple_paths(sub, src, dst)):
        if best is None or len(path) > len(best):
            best = path
        if i >= limit:
            break
    return sub, best


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("graph", help="graph JSON file")
    ap.add_argument("--path", nargs=2, action="append", metavar=("SRC", "DST"),
                    help="require a directed path from node SRC to node DST (repeatable)")
    args = ap.parse_args()

    c = Checker()
    base = os.path.dirname(os.path.abspath(args.graph))
    with open(args.graph, encoding="utf-8") as f:
        data = json.load(f)

    # Top level.
    c.check(data.get("directed") is True, "top level: 'directed' must be true")
    c.check(data.get("multigraph") is True, "top level: 'multigraph' must be true")
    meta = data.get("graph")
    c.check(isinstance(meta, dict), "top level: 'graph' must be an object")
    meta = meta if isinstance(meta, dict) else {}
    c.check(nonempty_str(meta.get("name")), "graph: 'name' must be a non-empty string")
    nodes = data.get("nodes")
    edges = data.get("edges")
    c.check(isinstance(nodes, list), "top level: 'nodes' must be an array")
    c.check(isinstance(edges, list), "top level: 'edges' must be an array")
    nodes = nodes if isinstance(nodes, list) else []
    edges = edges if isinstance(edges, list) else []

    # networkx round trip.
    graph = None
    try:
        graph = nx.node_link_graph(data, edges="edges")
        c.passed += 1
        c.check(graph.number_of_nodes() == len(nodes), "networkx: node count differs from the file")
        c.check(graph.number_of_edges() == len(edges), "networkx: edge count differs from the file")
    except Exception as exc:  # noqa: BLE001
        c.check(False, f"networkx.node_link_graph failed: {exc}")

    # Documents.
    texts = {}
    for i, doc in enumerate(meta.get("documents") or []):
        where = f"documents[{i}]"
        did = doc.get("id")
        if not c.check(nonempty_str(did) and SLUG.fullmatch(did) is not None, f"{where}: bad id {did!r}"):
            continue
        c.check(did not in texts, f"{where}: duplicate document id {did!r}")
        c.check(nonempty_str(doc.get("title")), f"{where}: 'title' must be a non-empty string")
        for key in ("publisher", "language", "date"):
            c.check(key in doc, f"{where}: missing '{key}' (use null when unknown)")
        if doc.get("date") is not None:
            c.check(valid_date(doc["date"]), f"{where}: bad date {doc['date']!r}")
        texts[did] = None
        path = doc.get("path")
        if c.check(nonempty_str(path), f"{where}: 'path' must be a non-empty string"):
            full = os.path.join(base, path)
            if c.check(os.path.isfile(full), f"{where}: file not found: {full}"):
                with open(full, encoding="utf-8") as f:
                    texts[did] = f.read()
                if nonempty_str(doc.get("title")):
                    first = texts[did].split("\n", 1)[0]
                    c.check(doc["title"] == first, f"{where}: title is not the document's first line")
    c.check(len(texts) >= 1, "graph: 'documents' must list at least one document")

    # Ids.
    seen = {}
    for kind, items in (("nodes", nodes), ("edges", edges)):
        for i, item in enumerate(items):
            iid = item.get("id") if isinstance(item, dict) else None
            c.check(nonempty_str(iid) and SLUG.fullmatch(iid) is not None,
                    f"{kind}[{i}]: id {iid!r} must be a lowercase ASCII slug [a-z0-9-]+")
            c.check(iid not in seen, f"{kind}[{i}]: duplicate id {iid!r} (first used in {seen.get(iid)})")
            seen.setdefault(iid, f"{kind}[{i}]")

    # Nodes.
    node_ids = set()
    for i, node in enumerate(nodes):
        where = f"node {node.get('id', i)!r}"
        node_ids.add(node.get("id"))
        c.check(node.get("type") in NODE_TYPES, f"{where}: type {node.get('type')!r} not in {sorted(NODE_TYPES)}")
        c.check(nonempty_str(node.get("name")), f"{where}: 'name' must be a non-empty string")
        aliases = node.get("aliases", [])
        c.check(isinstance(aliases, list) and all(nonempty_str(a) for a in aliases),
                f"{where}: 'aliases' must be an array of non-empty strings")
        check_properties(c, where, node.get("properties", {}))
        check_sources(c, where, node.get("sources"), texts)

    # Edges.
    for i, edge in enumerate(edges):
        where = f"edge {edge.get('id', i)!r}"
        etype = edge.get("type")
        c.check(nonempty_str(etype) and SNAKE.fullmatch(etype) is not None,
                f"{where}: type {etype!r} must be a snake_case verb")
        for end in ("source", "target"):
            c.check(edge.get(end) in node_ids, f"{where}: {end} {edge.get(end)!r} is not a known node")
        check_properties(c, where, edge.get("properties", {}))
        check_sources(c, where, edge.get("sources"), texts)

    # Directed paths.
    wanted = args.path or [p for p in DEFAULT_PATHS if p[0] in node_ids and p[1] in node_ids]
    for src, dst in wanted:
        if graph is None:
            c.check(False, f"path {src} -> {dst}: graph did not load")
            continue
        ok = src in graph and dst in graph and nx.has_path(graph, src, dst)
        if c.check(ok, f"path {src} -> {dst}: no directed path"):
            print(f"path {src} -> {dst}")
            print("  shortest:", describe_path(graph, nx.shortest_path(graph, src, dst)))
            chain = causal_chain(graph, src, dst)
            if chain:
                print("  causal chain:", describe_path(chain[0], chain[1]))

    for message in c.failures:
        print("FAIL:", message)
    print(f"{args.graph}: {len(nodes)} nodes, {len(edges)} edges")
    print(f"{c.passed} passed, {len(c.failures)} failed")
    return 1 if c.failures else 0


if __name__ == "__main__":
    sys.exit(main())
