#!/usr/bin/env bash
# Coverage-guided fuzzing of the Model and the text decoding with libFuzzer (issue 14).
#   scripts/fuzz.sh SECONDS            inputs up to 20 KB, 2 s per input at most
#   scripts/fuzz.sh --amplify SECONDS  each input repeated to 64 KB first, 5 s at most: finds
#                                      passes that are quadratic in a sentence or paragraph
# Builds .build-fuzz/fuzz-model with one swiftc over Sources/Model, the decoder
# (Sources/Reader/TextDecoding.swift) and Fuzz/FuzzHarness.swift (Package.swift is untouched).
# Starts from the committed seeds in Fuzz/corpus; what it learns goes to .build-fuzz/corpus*,
# findings to .build-fuzz/artifacts/ (exit status non-zero). Replay one with
#   .build-fuzz/fuzz-model FILE   (FUZZ_AMPLIFY=65536 for one found with --amplify)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
amplify=0
if [ "${1:-}" = "--amplify" ]; then amplify=65536; shift; fi
seconds=${1:?usage: scripts/fuzz.sh [--amplify] SECONDS [libFuzzer flags]}
shift

out=.build-fuzz
bin=$out/fuzz-model
mkdir -p "$out/artifacts"
sources=$(find Sources/Model -name '*.swift' | sort)
if [ ! -x "$bin" ] || [ -n "$(find $sources Sources/Reader/TextDecoding.swift Fuzz/FuzzHarness.swift -newer "$bin" | head -1)" ]; then
    echo "fuzz: building $bin" >&2
    # shellcheck disable=SC2086
    swiftc -O -g -sanitize=fuzzer,address -parse-as-library -module-name FuzzModel \
        $sources Sources/Reader/TextDecoding.swift Fuzz/FuzzHarness.swift -o "$bin" 2>&1 \
        | grep -v "Cannot export local symbol" >&2 || true
    [ -x "$bin" ] || { echo "fuzz: build failed" >&2; exit 1; }
fi

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
if [ "$amplify" -gt 0 ]; then
    corpus=$out/corpus-amplify
    mkdir -p "$corpus"
    FUZZ_AMPLIFY=$amplify exec "$bin" -max_total_time="$seconds" -timeout=5 -max_len=4096 -rss_limit_mb=2048 \
        -artifact_prefix="$out/artifacts/amplify-" -print_final_stats=1 "$@" "$corpus" Fuzz/corpus
else
    corpus=$out/corpus
    mkdir -p "$corpus"
    exec "$bin" -max_total_time="$seconds" -timeout=2 -max_len=20000 -rss_limit_mb=2048 \
        -artifact_prefix="$out/artifacts/" -print_final_stats=1 "$@" "$corpus" Fuzz/corpus
fi
