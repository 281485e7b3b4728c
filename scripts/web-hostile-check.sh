#!/usr/bin/env bash
# Release-mode checks of hostile web pages too big for debug unit tests: each page is written to
# /tmp by Python, run through `reader extract` under a time limit, and checked for a clean exit
# (0, or 1 with one line for "no article"), no <script>/<style> text in the output, and peak
# memory. Prints one line per page and exits 1 if any check fails.
#   scripts/web-hostile-check.sh        (SKIP_BUILD=1 to use the existing release build)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
if [ -z "${SKIP_BUILD:-}" ]; then swift build -c release 2>&1 | grep -v 'prohibited flag' | tail -1 >&2; fi
reader=$PWD/.build/release/reader
dir=$(mktemp -d /tmp/reader-hostile.XXXXXX)
trap 'rm -rf "$dir"' EXIT

python3 - "$dir" <<'PY'
import os, sys
d = sys.argv[1]
para = "<p>The council met on Tuesday evening to discuss the harbour plan, which has divided the town, said the clerk.</p>\n"
head = "<!DOCTYPE html><html><head><title>t</title><style>.leakstyle{}</style></head><body>"
def w(name, s):
    with open(os.path.join(d, name), "w", encoding="utf-8") as f:
        f.write(s)
w("deep-100k.html", head + para + "<div>" * 100000 + para + "</div>" * 100000 + para + "</body></html>")
w("unclosed-100k.html", head + para + "<div><span><b>" * 100000 + para + "</body></html>")
w("attribute-5mb.html", head + '<div title="' + "x" * (5 << 20) + '">' + para * 3 + "</div></body></html>")
w("page-20mb.html", head + "<article>" + para * ((20 << 20) // len(para)) + "</article></body></html>")
w("script-20mb.html", head + "<script>var leakscript = '" + "</p><p>leakscript " * ((20 << 20) // 19) + "';</script>" + para * 3 + "</body></html>")
w("entities-5mb.html", head + "<article><p>" + "&amp;&#8220;&ldquo;&#x1F600;" * 200000 + "</p>" + para * 3 + "</article></body></html>")
w("entity-bomb.html", '<!DOCTYPE html [<!ENTITY a "' + "a" * 100 + '">' + "".join(
    '<!ENTITY %s "%s">' % (chr(98 + i), ("&%s;" % chr(97 + i)) * 10) for i in range(8)) + "]><html><body>" + para * 3
    + "<p>" + "&i;" * 1000 + "</p></body></html>")
w("one-div-br.html", head + "<div>" + "A line of prose in a page that is one big div, with commas, and more words.<br>\n" * 50000 + "</div></body></html>")
w("tables-100k.html", head + "<table><tr><td>" * 20000 + para + "</body></html>")
PY

fail=0
for f in "$dir"/*.html; do
    name=$(basename "$f")
    size=$(stat -c %s "$f")
    set +e
    /usr/bin/time -f "%e %M" -o "$dir/time" timeout 60 "$reader" extract "$f" >"$dir/out" 2>"$dir/err"
    status=$?
    set -e
    read -r secs kb <"$dir/time" || true
    lines=$(wc -l <"$dir/err")
    verdict=ok
    if [ "$status" -ne 0 ] && ! { [ "$status" -eq 1 ] && [ "$lines" -eq 1 ]; }; then verdict="FAIL (exit $status)"; fi
    if grep -q 'leakscript\|leakstyle' "$dir/out"; then verdict="FAIL (script/style text in output)"; fi
    if [ "$verdict" != ok ]; then fail=1; fi
    printf '%-20s %6.1f MB  exit %d  %5.2f s  peak %6.1f MB (%4.1fx)  out %7d bytes  %s\n' \
        "$name" "$(echo "$size/1048576" | bc -l)" "$status" "$secs" "$(echo "$kb/1024" | bc -l)" \
        "$(echo "$kb*1024/$size" | bc -l)" "$(stat -c %s "$dir/out")" "$verdict"
done
exit $fail
