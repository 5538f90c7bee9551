#!/usr/bin/env python3
"""Differential check: casegraph's answers against networkx's, on one graph.

Usage:
    python3 Tests/Python/differential.py GRAPH.json CASEGRAPH [--statements N] [--seed S]
    python3 Tests/Python/differential.py --make OUT.json --nodes N --edges E [--seed S]

The first form writes random statements (`linked` with depth, `via` and `type`; `path` and
`trace` with and without `via`; `path ... all`; `show`; `nodes TYPE`; `edges TYPE`; `stats`),
runs them all through one `casegraph --graph GRAPH --format json` process, and checks every
answer against networkx on the same file:

* `linked`: the set of (node, distance) pairs within the depth, both directions, over the
  edges of the `via` types, keeping nodes of the `type` types; and the total.
* `path` / `trace`: the length of a shortest path (both directions / along edges), each hop's
  edges join its two nodes (in the hop's direction for `trace`) and have a `via` type, and,
  for paths of at most six hops, the path is the least of all shortest paths by its id
  sequence (casegraph's documented tie-break).
* `path ... all`: exactly networkx's `all_shortest_paths`, in id-sequence order.
* `show`: the out- and in-degree, and the ids of the edges listed in each direction.
* `nodes TYPE` / `edges TYPE` / `stats`: the totals, the ids and the per-type counts.

It prints one line per mismatch and a summary, and exits 1 when any answer differs or is
missing. The second form writes a random graph in casegraph's format (graph/README.md) with
hubs, self-loops, parallel edges, isolated nodes and several components, and the document
its quotes come from, for graphs unlike the benchmark generator's.
"""
import argparse
import json
import os
import random
import subprocess
import sys

import networkx as nx


def quoted(text):
    return '"' + text.replace('\\', '\\\\').replace('"', '\\"') + '"'


def make_graph(out, nodes, edges, seed):
    """Writes a random case graph to `out` and its one source document beside it."""
    rng = random.Random(seed)
    node_types = ['person', 'organisation', 'country', 'place', 'operation', 'event', 'group']
    edge_types = ['knows', 'paid', 'led_to', 'part_of', 'member_of', 'located_in', 'tipped_off',
                  'arrested', 'rescued', 'works_for', 'communicated_with', 'carried_out']
    names = ['Ana', 'Zoë', 'Henk', 'José', 'Mei', 'Olu', 'Priya', 'Sven', 'Tariq', 'Ines']
    hubs = max(1, nodes // 200)
    quotes, node_list, edge_list = [], [], []
    for i in range(nodes):
        # Ids sort differently from their numbers (n-10 before n-2), so ties are broken by text.
        node_id = f"n-{i}" if i % 7 else f"x{i}-{rng.randint(0, 99)}"
        quote = f"Fact {len(quotes)}: {node_id} is on file."
        quotes.append(quote)
        node_list.append({"id": node_id, "type": rng.choice(node_types),
                          "name": f"{rng.choice(names)} {rng.choice(names)} {i}",
                          "sources": [{"document": "doc", "quote": quote}]})
    ids = [node["id"] for node in node_list]
    # A few components: edges stay inside blocks, and the last tenth of the nodes is isolated.
    linked = ids[: max(1, nodes * 9 // 10)]
    blocks = [linked[k: k + max(2, len(linked) // 3)] for k in range(0, len(linked), max(2, len(linked) // 3))]
    for e in range(edges):
        block = rng.choice(blocks)
        roll = rng.random()
        source = block[rng.randrange(min(hubs, len(block)))] if roll < 0.2 else rng.choice(block)
        target = source if roll > 0.98 else (block[rng.randrange(min(hubs, len(block)))] if roll > 0.8 else rng.choice(block))
        kind = rng.choice(edge_types)
        copies = 2 if rng.random() < 0.03 else 1  # parallel edges, of one type or two
        for c in range(copies):
            quote = f"Fact {len(quotes)}: {source} {kind} {target}."
            quotes.append(quote)
            edge_list.append({"id": f"e-{e}-{c}", "source": source, "target": target,
                              "type": kind if c == 0 else rng.choice(edge_types),
                              "sources": [{"document": "doc", "quote": quote}]})
    rng.shuffle(edge_list)
    stem = os.path.splitext(os.path.basename(out))[0]
    folder = os.path.dirname(os.path.abspath(out))
    with open(os.path.join(folder, f"{stem}-doc.txt"), "w", encoding="utf-8") as text:
        text.write("\n".join(quotes) + "\n")
    graph = {"directed": True, "multigraph": True,
             "graph": {"name": f"Random {nodes}/{edges} seed {seed}",
                       "documents": [{"id": "doc", "title": "Fact 0", "publisher": None, "language": "en",
                                      "date": None, "path": f"{stem}-doc.txt"}]},
             "nodes": node_list, "edges": edge_list}
    with open(out, "w", encoding="utf-8") as file:
        json.dump(graph, file, ensure_ascii=False)


class Reference:
    """networkx's view of a casegraph file."""

    def __init__(self, path):
        with open(path, encoding="utf-8") as file:
            data = json.load(file)
        self.graph = nx.MultiDiGraph()
        self.types = {}
        for node in data["nodes"]:
            self.graph.add_node(node["id"])
            self.types[node["id"]] = node["type"]
        self.edges = data["edges"]
        for edge in self.edges:
            self.graph.add_edge(edge["source"], edge["target"], key=edge["id"], type=edge["type"])
        self.undirected = self.graph.to_undirected(as_view=True)
        self.ids = sorted(self.graph.nodes)
        self.edge_types = sorted({edge["type"] for edge in self.edges})
        self.node_types = sorted(set(self.types.values()))

    def restricted(self, via, directed):
        """The graph over the edges of the `via` types (all edges when `via` is empty)."""
        if not via:
            return self.graph if directed else self.undirected
        kept = nx.MultiDiGraph()
        kept.add_nodes_from(self.graph.nodes)
        kept.add_edges_from((u, v, k) for u, v, k, t in self.graph.edges(keys=True, data="type") if t in via)
        return kept if directed else kept.to_undirected(as_view=True)

    def walk(self, rng, start, steps):
        """A node a few random steps from `start`, so that half the pairs are connected."""
        node = start
        for _ in range(steps):
            neighbours = sorted(self.undirected.neighbors(node))
            if not neighbours:
                break
            node = rng.choice(neighbours)
        return node


def statements(ref, count, seed):
    """Random statements, each with what to check its answer against."""
    rng = random.Random(seed)
    out = [("stats", ("stats",))]
    for kind in ref.node_types:
        out.append((f"nodes {kind} limit 0", ("nodes", kind)))
    for kind in ref.edge_types[:4]:
        out.append((f"edges {kind} limit 0", ("edges", kind)))
    for _ in range(count):
        x = rng.choice(ref.ids)
        depth = rng.choice([1, 2, 3])
        via = rng.sample(ref.edge_types, rng.choice([0, 0, 1, min(3, len(ref.edge_types))]))
        kinds = rng.sample(ref.node_types, rng.choice([0, 0, 1, min(2, len(ref.node_types))]))
        text = f"linked {quoted(x)} depth {depth}" + (" via " + ", ".join(via) if via else "")
        text += (" type " + ", ".join(kinds) if kinds else "") + " limit 0"
        out.append((text, ("linked", x, depth, via, kinds)))
        out.append((f"show {quoted(x)} limit 0", ("show", x)))
        a = rng.choice(ref.ids)
        b = ref.walk(rng, a, rng.randint(1, 6)) if rng.random() < 0.5 else rng.choice(ref.ids)
        if a == b:
            continue
        via = rng.sample(ref.edge_types, rng.choice([0, 0, 0, min(4, len(ref.edge_types))]))
        suffix = " via " + ", ".join(via) if via else ""
        out.append((f"path {quoted(a)} to {quoted(b)}{suffix}", ("path", a, b, via)))
        out.append((f"trace {quoted(a)} to {quoted(b)}{suffix}", ("trace", a, b, via)))
        out.append((f"path {quoted(a)} to {quoted(b)} all limit 0", ("all", a, b)))
    return out


def hops_fit(path, via, directed):
    for hop in path["hops"]:
        for edge in hop["edges"]:
            if via and edge["type"] not in via:
                return False
            if directed and (edge["source"], edge["target"]) != (hop["from"], hop["to"]):
                return False
            if not directed and {edge["source"], edge["target"]} != {hop["from"], hop["to"]}:
                return False
    return True


def counts(values):
    table = {}
    for value in values:
        table[value] = table.get(value, 0) + 1
    return table


def mismatch(ref, check, doc):
    """Why `doc` is not networkx's answer, or None when it is."""
    kind = check[0]
    if kind == "stats":
        want = (ref.graph.number_of_nodes(), ref.graph.number_of_edges(),
                counts(ref.types.values()), counts(edge["type"] for edge in ref.edges))
        got = (doc["nodes"], doc["edges"], doc["node_types"], doc["edge_types"])
        return None if want == got else f"{got} != {want}"
    if kind == "nodes":
        want = sorted(node for node, t in ref.types.items() if t == check[1])
        got = sorted(node["id"] for node in doc["nodes"])
        return None if want == got and doc["total"] == len(want) else f"{len(got)} nodes, want {len(want)}"
    if kind == "edges":
        want = sorted(edge["id"] for edge in ref.edges if edge["type"] == check[1])
        got = sorted(edge["id"] for edge in doc["edges"])
        return None if want == got and doc["total"] == len(want) else f"{len(got)} edges, want {len(want)}"
    if kind == "show":
        x = check[1]
        want_out = sorted(k for _, _, k in ref.graph.out_edges(x, keys=True))
        want_in = sorted(k for _, _, k in ref.graph.in_edges(x, keys=True))
        got_out = sorted(edge["id"] for edge in doc["outgoing"])
        got_in = sorted(edge["id"] for edge in doc["incoming"])
        ok = (got_out, got_in) == (want_out, want_in)
        ok = ok and (doc["outgoing_total"], doc["incoming_total"]) == (len(want_out), len(want_in))
        return None if ok else f"out {len(got_out)}/{doc['outgoing_total']} in {len(got_in)}/{doc['incoming_total']}, want {len(want_out)} {len(want_in)}"
    if kind == "linked":
        _, x, depth, via, kinds = check
        reach = nx.single_source_shortest_path_length(ref.restricted(via, False), x, cutoff=depth)
        want = {(node, d) for node, d in reach.items() if node != x and (not kinds or ref.types[node] in kinds)}
        got = {(node["id"], node["distance"]) for node in doc["nodes"]}
        return None if want == got and doc["total"] == len(want) else f"{len(got)} nodes (total {doc['total']}), want {len(want)}"
    if kind in ("path", "trace"):
        _, a, b, via = check
        graph = ref.restricted(via, kind == "trace")
        try:
            want = nx.shortest_path_length(graph, a, b)
        except nx.NetworkXNoPath:
            want = None
        got = doc["paths"][0]["length"] if doc["paths"] else None
        if want != got:
            return f"length {got}, want {want}"
        if want is None:
            return None
        path = doc["paths"][0]
        nodes = [node["id"] for node in path["nodes"]]
        if nodes[0] != a or nodes[-1] != b or not hops_fit(path, via, kind == "trace"):
            return f"hops do not join {nodes}"
        if want <= 6 and nodes != min(nx.all_shortest_paths(graph, a, b)):
            return f"{nodes} is not the least shortest path"
        return None
    _, a, b = check
    try:
        want = sorted(nx.all_shortest_paths(ref.undirected, a, b))
    except nx.NetworkXNoPath:
        want = []
    got = [[node["id"] for node in path["nodes"]] for path in doc["paths"]]
    if got == want and not doc["truncated"]:
        return None
    if sorted(got) == want:
        return f"the {len(got)} paths are not in id-sequence order"
    return f"{len(got)} paths (truncated: {doc['truncated']}), want {len(want)}"


def check(graph_file, binary, count, seed):
    ref = Reference(graph_file)
    work = statements(ref, count, seed)
    script = "".join(text + "\n" for text, _ in work)
    run = subprocess.run([binary, "--graph", graph_file, "--format", "json"], input=script,
                         capture_output=True, text=True)
    answers = {}
    for line in run.stdout.splitlines():
        if line.strip():
            doc = json.loads(line)
            answers[doc["statement"]] = doc
    bad = 0
    for text, expected in work:
        doc = answers.get(text)
        reason = "no answer" if doc is None else mismatch(ref, expected, doc)
        if reason is not None:
            bad += 1
            print(f"MISMATCH {text}: {reason}")
    # Statements that fail say "error: ..."; a graph file's problems (a quote not found in its
    # document, say) "FILE:LINE:COLUMN: warning: ...". A generated graph has neither.
    errors = [line for line in run.stderr.splitlines() if line.startswith("error") or ": warning:" in line]
    for line in errors[:5]:
        print(line)
    print(f"{len(work)} statements, {len(answers)} answers, {len(errors)} errors, {bad} mismatches")
    return 0 if bad == 0 and not errors and run.returncode == 0 else 1


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("graph", nargs="?")
    parser.add_argument("casegraph", nargs="?")
    parser.add_argument("--statements", type=int, default=200, help="random statement groups (default 200)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--make", metavar="OUT", help="write a random graph to OUT instead")
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--edges", type=int, default=6000)
    args = parser.parse_args()
    if args.make:
        make_graph(args.make, args.nodes, args.edges, args.seed)
        return 0
    if not args.graph or not args.casegraph:
        parser.error("give GRAPH and CASEGRAPH, or --make OUT")
    return check(args.graph, args.casegraph, args.statements, args.seed)


if __name__ == "__main__":
    sys.exit(main())
