#!/usr/bin/env bash
# Builds a libFuzzer target and fuzzes it for a while, starting from the committed corpus.
#
#   Tests/Fuzz/run.sh query  60     # lex, parse, bind and evaluate scripts on the seed graph
#   Tests/Fuzz/run.sh loader 60     # GraphLoader.load(sources:) on one graph file
#   Tests/Fuzz/run.sh query  0 FILE # replay one input (a crash-* artifact) and stop
#
# CaseGraph and CaseQuery are compiled here with swiftc (-sanitize=fuzzer,address, -D DEBUG
# for the graph's invariant checks); swift-collections' modules come from a `swift build` of
# the package in CASEGRAPH_FUZZ_SCRATCH (default .build), run first so a fresh clone works.
# Everything else goes to CASEGRAPH_FUZZ_OUT (default .build-fuzz): the binaries, the growing
# working corpus (work/TARGET) and any crash, timeout or out-of-memory input (artifacts/TARGET).
# Exit status: libFuzzer's — 0 when nothing was found in the time given.
set -euo pipefail
shopt -s nullglob

usage() { echo "usage: $0 query|loader SECONDS [INPUT...]" >&2; exit 64; }
[ $# -ge 2 ] || usage
target=$1 seconds=$2
shift 2
case "$target" in
  query)  max_len=4096 ;;
  loader) max_len=16384 ;;
  *) usage ;;
esac
[[ "$seconds" =~ ^[0-9]+$ ]] || usage

script=$(cd "$(dirname "$0")" && pwd)/$(basename "$0")
root=$(cd "$(dirname "$0")/../.." && pwd)
# Inputs to replay are named relative to where the script was started.
replay=()
for input in "$@"; do replay+=("$(cd "$(dirname "$input")" && pwd)/$(basename "$input")"); done
cd "$root"
scratch=${CASEGRAPH_FUZZ_SCRATCH:-$root/.build}
out=${CASEGRAPH_FUZZ_OUT:-$root/.build-fuzz}
fuzz=Tests/Fuzz
mkdir -p "$out/modules" "$out/work/$target" "$out/artifacts/$target"

# swift-collections, built by SwiftPM (a no-op when `swift build` already ran).
swift build --scratch-path "$scratch" --target DequeModule >&2
bin=$(swift build --scratch-path "$scratch" --show-bin-path)
modules=$bin/Modules
[ -d "$modules" ] || modules=$bin   # older toolchains keep modules beside the objects

# One archive of every built swift-collections module: the linker takes only what DequeModule
# needs, so this keeps working when its dependencies change between versions.
collections=$out/libcollections.a
objects=()
for source in "$scratch"/checkouts/swift-collections/Sources/*/; do
  name=$(basename "$source")
  for module in "$name" "_$name"; do
    [ -d "$bin/$module.build" ] && objects+=("$bin/$module.build"/*.o)
  done
done
[ ${#objects[@]} -gt 0 ] || { echo "no swift-collections objects under $bin" >&2; exit 1; }
if [ ! -f "$collections" ] || [ -n "$(find "${objects[@]}" -newer "$collections" -print -quit)" ]; then
  rm -f "$collections"
  ar qcs "$collections" "${objects[@]}"
fi

nice -n 10 true 2>/dev/null && niceness=(nice -n 10) || niceness=()
flags=(-swift-version 6 -package-name casegraph -parse-as-library -O -g -D DEBUG -enable-testing
       -sanitize=fuzzer,address -I "$out/modules" -I "$modules" -I "$root/Sources/CPrefetch/include"
       -I "$root/Sources/CStructureScan/include" -I "$root/Sources/CLineScan/include"
       -I "$root/Sources/CByteSearch/include" -I "$root/Sources/CFileMap/include" -I "$root/Sources/CHashSeed/include")

# The C targets with code of their own (the others are header-only).
cfilemap=$out/file_map.o
if [ ! -f "$cfilemap" ] || [ -n "$(find Sources/CFileMap -newer "$cfilemap" -print -quit)" ]; then
  "${niceness[@]}" clang -O2 -g -fsanitize=address -I Sources/CFileMap/include -c Sources/CFileMap/file_map.c -o "$cfilemap"
fi
chashseed=$out/hash_seed.o
if [ ! -f "$chashseed" ] || [ -n "$(find Sources/CHashSeed -newer "$chashseed" -print -quit)" ]; then
  "${niceness[@]}" clang -O2 -g -fsanitize=address -I Sources/CHashSeed/include -c Sources/CHashSeed/hash_seed.c -o "$chashseed"
fi

# Compiles a module of the package into one instrumented object, when its sources (or their
# list) or the modules it imports (further arguments) changed.
compile_module() {
  local name=$1 object="$out/$1.o" list="$out/$1.sources"
  shift
  local sources
  mapfile -t sources < <(find "Sources/$name" -name '*.swift' | sort)
  if [ -f "$object" ] && [ "$(printf '%s\n' "${sources[@]}")" = "$(cat "$list" 2>/dev/null)" ] \
     && [ -z "$(find "${sources[@]}" "$@" "$collections" "$script" -newer "$object" -print -quit)" ]; then
    return
  fi
  echo "compiling $name (${#sources[@]} files)" >&2
  rm -f "$object"
  "${niceness[@]}" swiftc "${flags[@]}" -module-name "$name" -wmo -c "${sources[@]}" \
    -emit-module -emit-module-path "$out/modules/$name.swiftmodule" -o "$object"
  printf '%s\n' "${sources[@]}" >"$list"
}
compile_module CaseGraph
compile_module CaseQuery "$out/CaseGraph.o"

binary=$out/fuzz-$target
source_file=$fuzz/$(tr '[:lower:]' '[:upper:]' <<<"${target:0:1}")${target:1}Fuzzer.swift
if [ ! -f "$binary" ] || [ -n "$(find "$source_file" "$fuzz/FuzzSupport.swift" "$out/CaseGraph.o" "$out/CaseQuery.o" "$cfilemap" "$chashseed" \
                                   "$collections" -newer "$binary" -print -quit)" ]; then
  echo "linking $binary" >&2
  "${niceness[@]}" swiftc "${flags[@]}" -module-name "Fuzz_$target" "$fuzz/FuzzSupport.swift" "$source_file" \
    "$out/CaseGraph.o" "$out/CaseQuery.o" "$cfilemap" "$chashseed" "$collections" -o "$binary"
fi

options=(-max_len="$max_len" -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=1024 -detect_leaks=0
         -print_final_stats=1 -artifact_prefix="$out/artifacts/$target/" -dict="$fuzz/$target.dict")
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
export CASEGRAPH_FUZZ_GRAPH=$root/graph/taguig-2016.json
if [ ${#replay[@]} -gt 0 ]; then
  exec "${niceness[@]}" "$binary" "${options[@]}" "${replay[@]}"
fi
exec "${niceness[@]}" "$binary" "${options[@]}" -max_total_time="$seconds" "$out/work/$target" "$fuzz/corpus/$target"
