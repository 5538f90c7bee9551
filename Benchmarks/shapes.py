#!/usr/bin/env python3
"""Write a case graph of an extreme shape, to time the loader and the warnings where the
generator's realistic graphs never go: a star, a chain, a clique.

Usage:
    python3 Benchmarks/shapes.py star 1000000 OUT.json     # 1,000,000 leaves, each with an edge to one hub
    python3 Benchmarks/shapes.py chain 1000000 OUT.json    # n0 -> n1 -> ... -> n999999
    python3 Benchmarks/shapes.py clique 1000 OUT.json      # an edge each way between every two of 1,000 nodes
    python3 Benchmarks/shapes.py star 1000000 OUT.json --node-quotes   # every node cites a quote too

Every edge cites a quote of one document without a local copy (so quotes are not checked).
Without --node-quotes no node cites a quote: the format allows it, and the load warns once
per node (a million warnings for a million-leaf star). One node or edge a line, as
generate.py writes it. The output is the same for the same arguments.
"""
import argparse
import json


def node_line(index, cite):
    node = {"id": f"n{index}", "type": "person", "name": f"Person {index}"}
    if cite:
        node["sources"] = [{"document": "doc", "quote": f"Person {index} is named here."}]
    return json.dumps(node, ensure_ascii=False)


def edge_line(source, target, number):
    edge = {"id": f"e{number}", "source": f"n{source}", "target": f"n{target}", "type": "knows",
            "date": f"2016-{1 + number % 12:02d}-{1 + number % 28:02d}",
            "sources": [{"document": "doc", "quote": f"Person {source} knows person {target}."}]}
    return json.dumps(edge, ensure_ascii=False)


def edges_of(shape, count):
    if shape == "star":
        return ((leaf, 0) for leaf in range(1, count + 1))
    if shape == "chain":
        return ((index, index + 1) for index in range(count - 1))
    return ((a, b) for a in range(count) for b in range(count) if a != b)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("shape", choices=["star", "chain", "clique"])
    parser.add_argument("count", type=int, help="leaves of a star, nodes of a chain or clique")
    parser.add_argument("out")
    parser.add_argument("--node-quotes", action="store_true", help="every node cites a quote")
    args = parser.parse_args()
    nodes = args.count + 1 if args.shape == "star" else args.count
    header = {"name": f"{args.shape} of {args.count}",
              "documents": [{"id": "doc", "title": "A synthetic document without a local copy"}]}
    with open(args.out, "w", encoding="utf-8") as out:
        out.write('{"directed": true, "multigraph": true, "graph": ' + json.dumps(header) + ',\n"nodes": [\n')
        out.write(",\n".join(node_line(index, args.node_quotes) for index in range(nodes)))
        out.write('\n],\n"edges": [\n')
        first = True
        for number, (source, target) in enumerate(edges_of(args.shape, args.count)):
            out.write(("" if first else ",\n") + edge_line(source, target, number))
            first = False
        out.write("\n]}\n")


if __name__ == "__main__":
    main()
