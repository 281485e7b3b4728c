#!/usr/bin/env bash
# Does analysis cost grow linearly? Concatenates the dev set 1x, 10x and 100x, as one file and
# as many files (in /tmp, never in the repo), runs `reader bench` on each, and prints a
# Markdown table for the README; then jobs 1 vs 2 on the dev set's files.
#   scripts/bench-scale.sh [DEV_DIR]     (default ../shared/eval/polnear/dev)
#   REPEAT=5 REPEAT_JOBS=25 SCALES="1 10 100" SKIP_BUILD=1 TIMEOUT=900 scripts/bench-scale.sh
# The jobs comparison needs idle cores: on a shared machine, read it with the load average printed.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
dev=$(cd "${1:-../shared/eval/polnear/dev}" && pwd)
out=${BENCH_DIR:-/tmp/reader-bench-scale}
repeat=${REPEAT:-5}
scales=${SCALES:-1 10 100}
limit=${TIMEOUT:-900}
reader=.build/release/reader

if [ -z "${SKIP_BUILD:-}" ]; then
    swift build -c release 2>&1 | grep -v 'prohibited flag' | tail -1 >&2
fi
[ -x "$reader" ] || { echo "bench-scale: $reader not built" >&2; exit 1; }

shopt -s nullglob
files=("$dev"/*.txt)
[ ${#files[@]} -gt 0 ] || { echo "bench-scale: no .txt files in $dev" >&2; exit 1; }
mkdir -p "$out"

# One file: the dev articles n times over, a blank line between articles.
# Many files: n copies of the dev directory.
make_inputs() {
    local n=$1 one="$out/one-${n}x.txt" many="$out/many-${n}x"
    if [ ! -s "$one" ]; then
        : > "$one.tmp"
        for ((k = 0; k < n; k++)); do
            for f in "${files[@]}"; do cat "$f" >> "$one.tmp"; printf '\n\n' >> "$one.tmp"; done
        done
        mv "$one.tmp" "$one"
    fi
    if [ ! -d "$many" ]; then
        for ((k = 0; k < n; k++)); do mkdir -p "$many.tmp/copy$k"; cp "${files[@]}" "$many.tmp/copy$k/"; done
        mv "$many.tmp" "$many"
    fi
}

# Prints "words/s|peak memory|words|files" for one bench run, or "timeout".
bench() {
    local log
    if ! log=$(timeout "$limit" "$reader" bench --repeat "$repeat" "$@"); then
        echo "timeout (> ${limit}s) or failure"; return
    fi
    echo "$log" >&2
    local rate mem words files
    rate=$(sed -n 's/^words\/s: //p' <<< "$log")
    mem=$(sed -n 's/^peak resident memory: //p' <<< "$log")
    words=$(sed -n 's/^bench: [0-9]* files, \([0-9]*\) words.*/\1/p' <<< "$log")
    files=$(sed -n 's/^bench: \([0-9]*\) files.*/\1/p' <<< "$log")
    echo "$rate|$mem|$words|$files"
}

declare -A rate_one rate_many
rows=()
for n in $scales; do
    make_inputs "$n"
    echo "== ${n}x, one file" >&2
    one=$(bench "$out/one-${n}x.txt")
    echo "== ${n}x, many files" >&2
    many=$(bench "$out/many-${n}x")
    rate_one[$n]=${one%%|*}; rate_many[$n]=${many%%|*}
    rows+=("$n|$one|$many")
done

ratio() {  # $1 relative to $2, as a percentage
    if [[ "$1" =~ ^[0-9]+$ && "$2" =~ ^[0-9]+$ && "$2" -gt 0 ]]; then echo "$(( 100 * $1 / $2 ))%"; else echo "–"; fi
}
first=${scales%% *}
echo
echo "Analysis speed, single thread, release build ($(nproc) cores, $(uname -m), $(date -u +%Y-%m-%d)); dev set: $dev"
echo
echo "| size | words | one file: words/s | vs ${first}x | peak memory | many files | words/s | vs ${first}x | peak memory |"
echo "|---|---|---|---|---|---|---|---|---|"
for row in "${rows[@]}"; do
    IFS='|' read -r n r1 m1 w1 f1 r2 m2 w2 f2 <<< "$row"
    echo "| ${n}x | ${w1:-?} | $r1 | $(ratio "$r1" "${rate_one[$first]}") | ${m1:-?} | ${f2:-?} files | $r2 | $(ratio "$r2" "${rate_many[$first]}") | ${m2:-?} |"
done

# Throughput on all cores: the dev set's files analysed by 1 and by 2 threads.
echo >&2 "== jobs 1 vs 2"
# Each run over the dev set is short (tens of ms): more runs make the median steadier.
repeat=${REPEAT_JOBS:-25}
j1=$(bench --jobs 1 "$dev"); j2=$(bench --jobs 2 "$dev")
r1=${j1%%|*}; r2=${j2%%|*}
echo
echo "| dev set (${#files[@]} files) | words/s |"
echo "|---|---|"
echo "| --jobs 1 | $r1 |"
echo "| --jobs 2 | $r2 |"
if [[ "$r1" =~ ^[0-9]+$ && "$r2" =~ ^[0-9]+$ ]]; then
    echo
    echo "jobs 2 / jobs 1: $(awk -v a="$r2" -v b="$r1" 'BEGIN { printf "%.2f", a / b }')x (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
fi

# Instruction counts (IR=1): machine load makes seconds noisy on a shared machine, but
# callgrind's count of instructions is exact and repeatable. One analysis pass = the count of
# `bench --repeat 2` minus that of `--repeat 1`; linear cost means equal instructions per word.
if [ -n "${IR:-}" ] && command -v valgrind >/dev/null; then
    echo
    echo "| size (one file) | words | instructions per analysis | per word |"
    echo "|---|---|---|---|"
    for n in ${IR_SCALES:-1 10}; do
        make_inputs "$n"
        counts=()
        for rep in 1 2; do
            counts+=("$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$reader" bench --repeat $rep \
                "$out/one-${n}x.txt" 2>&1 >/dev/null | sed -n 's/.*Collected : //p')")
        done
        words=$("$reader" bench --repeat 1 "$out/one-${n}x.txt" | sed -n 's/^bench: [0-9]* files, \([0-9]*\) words.*/\1/p')
        pass=$(( counts[1] - counts[0] ))
        echo "| ${n}x | $words | $pass | $(( pass / words )) |"
    done
fi
