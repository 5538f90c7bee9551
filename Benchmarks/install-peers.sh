#!/usr/bin/env bash
# Install the peer libraries that Benchmarks/peers.py compares casegraph with.
# Binary wheels only: building networkit or kuzu from source takes a very long time.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec python3 -m pip install --only-binary :all: -r "$here/requirements-peers.txt" "$@"
