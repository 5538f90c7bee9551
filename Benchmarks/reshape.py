#!/usr/bin/env python3
"""Write a casegraph file in another shape or with other names, the same graph otherwise: the
loader's speed depends on the shape and the script of the names as well as on the size.

Usage:
    python3 Benchmarks/reshape.py GRAPH.json OUT_DIR --files K        # OUT_DIR/part-00000.json ...
    python3 Benchmarks/reshape.py GRAPH.json OUT.json --one-line      # minified, one line
    python3 Benchmarks/reshape.py GRAPH.json OUT.json --names cyrillic   # or ideographs
    python3 Benchmarks/reshape.py GRAPH.json OUT.json --dangling 60   # 60 edges to unknown nodes

--files K deals the nodes and the edges out in turn (node i and edge i go to file i mod K),
so that most edges name nodes of other files; the first file holds the graph's name,
description and documents. --names writes every node's name and aliases in another script,
each Latin letter mapped to one letter of it (ids, quotes and documents unchanged, so every
quote is still found). --dangling N adds N copies of edges whose targets name no node: the
graph then fails to load, with an error (and a "did you mean") for each. Documents' paths are
rewritten to stay right from the new place. Without --one-line a file holds one node or edge
a line, as generate.py writes it.
"""
import argparse
import json
import os

LATIN = "abcdefghijklmnopqrstuvwxyz"
SCRIPTS = {
    "cyrillic": "абцдефгхийклмнопярстужвьыз",
    "ideographs": "".join(chr(0x4E00 + 37 * index) for index in range(26)),
}


def rebase_documents(graph, source_dir, target_dir):
    for document in graph.get("graph", {}).get("documents", []):
        path = document.get("path")
        if path and not os.path.isabs(path):
            document["path"] = os.path.relpath(os.path.join(source_dir, path), target_dir)


def in_script(text, letters):
    return "".join(letters[LATIN.index(c.lower())] if c.lower() in LATIN else c for c in text)


def write(graph, path, one_line):
    compact = {"ensure_ascii": False, "separators": (",", ":")}
    with open(path, "w", encoding="utf-8") as file:
        if one_line:
            json.dump(graph, file, **compact)
            return
        head = {key: value for key, value in graph.items() if key not in ("nodes", "edges")}
        file.write(json.dumps(head, **compact)[:-1])
        for key in ("nodes", "edges"):
            records = graph.get(key, [])
            file.write(f',"{key}":[\n')
            file.write(",\n".join(json.dumps(record, **compact) for record in records))
            file.write("\n]")
        file.write("}\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("graph")
    parser.add_argument("out")
    parser.add_argument("--files", type=int, metavar="K", help="split into K files in the folder OUT")
    parser.add_argument("--one-line", action="store_true", help="write minified JSON, one line a file")
    parser.add_argument("--names", choices=sorted(SCRIPTS), help="names and aliases in another script")
    parser.add_argument("--dangling", type=int, default=0, metavar="N", help="add N edges to unknown nodes")
    arguments = parser.parse_args()
    if arguments.files is not None and arguments.files < 1:
        parser.error("--files takes a count of 1 or more")
    with open(arguments.graph, encoding="utf-8") as file:
        graph = json.load(file)
    if arguments.names:
        letters = SCRIPTS[arguments.names]
        for node in graph.get("nodes", []):
            node["name"] = in_script(node["name"], letters)
            node["aliases"] = [in_script(alias, letters) for alias in node.get("aliases", [])]
    edges = graph.get("edges", [])
    for index in range(arguments.dangling):
        edge = dict(edges[index % len(edges)])
        edge["id"] = f"dangling-{index}"
        edge["target"] = f"no-such-node-{index}"
        edges.append(edge)
    source_dir = os.path.dirname(os.path.abspath(arguments.graph))
    if arguments.files is None:
        rebase_documents(graph, source_dir, os.path.dirname(os.path.abspath(arguments.out)))
        write(graph, arguments.out, arguments.one_line)
        return
    os.makedirs(arguments.out, exist_ok=True)
    rebase_documents(graph, source_dir, os.path.abspath(arguments.out))
    count = arguments.files
    for part in range(count):
        fragment = {"directed": graph.get("directed", True), "multigraph": graph.get("multigraph", True)}
        if part == 0 and "graph" in graph:
            fragment["graph"] = graph["graph"]
        fragment["nodes"] = graph.get("nodes", [])[part::count]
        fragment["edges"] = edges[part::count]
        write(fragment, os.path.join(arguments.out, f"part-{part:05d}.json"), arguments.one_line)


if __name__ == "__main__":
    main()
