#!/usr/bin/env python3
"""Write a casegraph file in another shape, with the same graph: split into several files,
or minified onto one line. The loader's speed depends on the shape as well as the size:
a folder of many files is decoded file by file and merged; a file of one line has every
record's column counted along that line.

Usage:
    python3 Benchmarks/reshape.py GRAPH.json --files K OUT_DIR   # K files OUT_DIR/part-00000.json ...
    python3 Benchmarks/reshape.py GRAPH.json --one-line OUT.json

--files K deals the nodes and the edges out in turn (node i and edge i go to file i mod K),
so that most edges name nodes of other files; the first file holds the graph's name,
description and documents. Documents' paths are rewritten to stay right from the new place.
The output loads as the same graph: the same nodes and edges (in another order when split),
the same statistics.
"""
import argparse
import json
import os


def rebase_documents(graph, source_dir, target_dir):
    for document in graph.get("graph", {}).get("documents", []):
        path = document.get("path")
        if path and not os.path.isabs(path):
            document["path"] = os.path.relpath(os.path.join(source_dir, path), target_dir)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("graph")
    shape = parser.add_mutually_exclusive_group(required=True)
    shape.add_argument("--files", type=int, metavar="K", help="split into K files in the folder OUT")
    shape.add_argument("--one-line", action="store_true", help="write OUT as one minified line")
    parser.add_argument("out")
    arguments = parser.parse_args()
    with open(arguments.graph, encoding="utf-8") as file:
        graph = json.load(file)
    source_dir = os.path.dirname(os.path.abspath(arguments.graph))
    compact = {"ensure_ascii": False, "separators": (",", ":")}
    if arguments.one_line:
        rebase_documents(graph, source_dir, os.path.dirname(os.path.abspath(arguments.out)))
        with open(arguments.out, "w", encoding="utf-8") as file:
            json.dump(graph, file, **compact)
        return
    if arguments.files < 1:
        parser.error("--files takes a count of 1 or more")
    os.makedirs(arguments.out, exist_ok=True)
    rebase_documents(graph, source_dir, os.path.abspath(arguments.out))
    count = arguments.files
    for part in range(count):
        fragment = {"directed": graph.get("directed", True), "multigraph": graph.get("multigraph", True)}
        if part == 0 and "graph" in graph:
            fragment["graph"] = graph["graph"]
        fragment["nodes"] = graph.get("nodes", [])[part::count]
        fragment["edges"] = graph.get("edges", [])[part::count]
        with open(os.path.join(arguments.out, f"part-{part:05d}.json"), "w", encoding="utf-8") as file:
            json.dump(fragment, file, **compact)


if __name__ == "__main__":
    main()
