#!/usr/bin/env bash
# Coverage-guided fuzzing of web page extraction (Sources/WebPage over Sources/CLibXML2 and
# libxml2) with libFuzzer and ASan: scripts/fuzz-web.sh SECONDS [libFuzzer flags].
# Builds .build-fuzz/fuzz-web from the C target (clang) and the Swift sources with
# Fuzz/WebFuzzHarness.swift (swiftc); Package.swift is untouched. Starts from the pages in
# Fuzz/web-corpus; findings go to .build-fuzz/artifacts/web-* (exit status non-zero).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
seconds=${1:?usage: scripts/fuzz-web.sh SECONDS [libFuzzer flags]}
shift
out=.build-fuzz
bin=$out/fuzz-web
mkdir -p "$out/artifacts" "$out/web-module"
sources=$(find Sources/WebPage -name '*.swift' | sort)
if [ ! -x "$bin" ] || [ -n "$(find $sources Sources/CLibXML2 Fuzz/WebFuzzHarness.swift -newer "$bin" | head -1)" ]; then
    echo "fuzz-web: building $bin" >&2
    clang -O1 -g -fsanitize=fuzzer-no-link,address -I/usr/include/libxml2 -ISources/CLibXML2/include \
        -c Sources/CLibXML2/CLibXML2.c -o "$out/clibxml2.o"
    printf 'module CLibXML2 {\n  header "%s/Sources/CLibXML2/include/CLibXML2.h"\n  export *\n}\n' "$PWD" \
        > "$out/web-module/module.modulemap"
    # shellcheck disable=SC2086
    swiftc -O -g -sanitize=fuzzer,address -parse-as-library -module-name FuzzWeb \
        -Xcc -fmodule-map-file="$out/web-module/module.modulemap" \
        $sources Fuzz/WebFuzzHarness.swift "$out/clibxml2.o" -lxml2 -o "$bin" 2>&1 \
        | grep -v "Cannot export local symbol" >&2 || true
    [ -x "$bin" ] || { echo "fuzz-web: build failed" >&2; exit 1; }
fi
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
corpus=$out/web-corpus
mkdir -p "$corpus"
exec "$bin" -max_total_time="$seconds" -timeout=5 -max_len=65536 -rss_limit_mb=2048 \
    -artifact_prefix="$out/artifacts/web-" -print_final_stats=1 "$@" "$corpus" Fuzz/web-corpus
