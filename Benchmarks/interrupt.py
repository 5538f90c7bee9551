#!/usr/bin/env python3
"""Ctrl-C latency and memory of the casegraph REPL on a big graph, in a real terminal.

Starts the release `casegraph` on GRAPH inside a detached tmux session, waits for the
prompt, then for each long statement: types it, waits --after seconds, presses Ctrl-C
and measures how long the REPL takes to say "cancelled" (or that the output was cut)
and show a fresh prompt. Peak and current RSS of the process are read from /proc after
each statement. Finally it checks that the REPL still answers (`stats`).

    python3 Benchmarks/interrupt.py Benchmarks/data/L-seed1.json \\
        --binary .build-release/release/casegraph --hub cruz-police

Writes a table, and JSON with --out. Needs tmux.
"""
import argparse
import json
import os
import subprocess
import sys
import time

PROMPT = "casegraph>"  # capture-pane drops the trailing space


def tmux(*args, check=True):
    return subprocess.run(["tmux", *args], check=check, capture_output=True, text=True).stdout


def pane(session):
    return tmux("capture-pane", "-p", "-t", session, "-S", "-200")


def prompts(text):
    return sum(1 for line in text.splitlines() if line.startswith(PROMPT))


def wait_for(session, predicate, timeout, poll=0.005):
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        text = pane(session)
        if predicate(text):
            return time.monotonic() - start, text
        time.sleep(poll)
    return None, pane(session)


def clear(session):
    """Empties the pane and its history (libedit redraws the prompt on Ctrl-L)."""
    for _ in range(10):
        tmux("send-keys", "-t", session, "C-l")
        tmux("clear-history", "-t", session)
        if wait_for(session, lambda t: prompts(t) == 1 and t.strip() == PROMPT, 1)[0] is not None:
            return
    sys.exit("the pane did not clear:\n" + pane(session))


def memory(pid):
    fields = {}
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            key, _, value = line.partition(":")
            if key in ("VmHWM", "VmRSS"):
                fields[key] = int(value.split()[0]) / 1024  # MB
    return fields


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("graph")
    ap.add_argument("--binary", default=".build-release/release/casegraph")
    ap.add_argument("--hub", required=True, help="id of a hub node (the workload's hub)")
    ap.add_argument("--after", type=float, default=1.0, help="seconds between Enter and Ctrl-C")
    ap.add_argument("--load-timeout", type=float, default=900)
    ap.add_argument("--out")
    args = ap.parse_args()

    statements = [
        f"linked {args.hub} depth 50 limit 0",
        "nodes limit 0",
        "edges limit 0",
        f"timeline {args.hub} limit 0",
        "find a limit 0",
    ]
    session = f"cg-interrupt-{os.getpid()}"
    env_prefix = "NO_COLOR=1 HOME=/tmp/cg-interrupt-home"
    os.makedirs("/tmp/cg-interrupt-home", exist_ok=True)
    command = f"{env_prefix} {os.path.abspath(args.binary)} --graph {os.path.abspath(args.graph)}"
    tmux("new-session", "-d", "-s", session, "-x", "200", "-y", "50", command)
    results = {"graph": args.graph, "after_s": args.after, "statements": []}
    try:
        pid = int(tmux("list-panes", "-t", session, "-F", "#{pane_pid}").strip())
        started = time.monotonic()
        ready, text = wait_for(session, lambda t: PROMPT in t, args.load_timeout, poll=0.2)
        if ready is None:
            sys.exit(f"no prompt after {args.load_timeout} s:\n{text}")
        results["load_to_prompt_s"] = round(time.monotonic() - started, 2)
        results["after_load"] = memory(pid)
        print(f"prompt after {results['load_to_prompt_s']} s; memory {results['after_load']}")
        for statement in statements:
            clear(session)
            tmux("send-keys", "-t", session, "-l", statement)
            tmux("send-keys", "-t", session, "Enter")
            time.sleep(args.after)
            before = pane(session)
            finished_early = prompts(before) >= 2
            sent = time.monotonic()
            tmux("send-keys", "-t", session, "C-c")
            notes = ("error: cancelled", "the rest of the output was not shown")

            def back(t):
                # The first prompt may have scrolled away under the output: a note, or a second prompt.
                return t.rstrip().endswith(PROMPT) and (any(n in t for n in notes) or prompts(t) >= 2)
            latency, text = wait_for(session, back, 60)
            outcome = ("finished before Ctrl-C" if finished_early else
                       "cancelled" if "error: cancelled" in text else
                       "output cut" if "the rest of the output was not shown" in text else "finished first")
            row = {"statement": statement, "outcome": outcome,
                   "latency_ms": None if latency is None else round(latency * 1000, 1), **memory(pid)}
            results["statements"].append(row)
            print(f"{statement:45s} {outcome:22s} {row['latency_ms']} ms  peak {row['VmHWM']:.0f} MB  rss {row['VmRSS']:.0f} MB")
        clear(session)
        tmux("send-keys", "-t", session, "stats", "Enter")
        alive, text = wait_for(session, lambda t: "document" in t and prompts(t) >= 2, 60)
        results["still_answers"] = alive is not None
        print("REPL still answers:", alive is not None)
    finally:
        tmux("kill-session", "-t", session, check=False)
    if args.out:
        with open(args.out, "w") as out:
            json.dump(results, out, indent=2)


if __name__ == "__main__":
    main()
