#!/usr/bin/env bash
# Multi-megabyte and hostile-input checks against the release binary (issue 14): the cases a
# debug `swift test` cannot afford. Run by .ci/run after `swift test`; needs python3.
#   scripts/release-checks.sh [path/to/reader]     (default: builds and uses .build/release/reader)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
reader=${1:-}
if [ -z "$reader" ]; then
    swift build -c release >/dev/null
    reader=.build/release/reader
fi
exec python3 - "$reader" <<'PY'
import json, os, resource, subprocess, sys, tempfile, time

reader = os.path.abspath(sys.argv[1])
tmp = tempfile.mkdtemp(prefix="reader-release-checks-")
failures = 0

def write(name, data):
    path = os.path.join(tmp, name)
    with open(path, "wb") as f:
        f.write(data.encode() if isinstance(data, str) else data)
    return path

def run(args, limit):
    """Runs reader; returns (status, stdout bytes, seconds, peak RSS in MB of the children so far)."""
    start = time.monotonic()
    p = subprocess.run([reader] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=limit * 10)
    seconds = time.monotonic() - start
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return p.returncode, p.stdout, p.stderr, seconds, rss

def check(name, ok, detail):
    global failures
    print(("ok     " if ok else "FAILED ") + name + ": " + detail)
    if not ok:
        failures += 1

# 20 MB in one line, no newline: analysed, one paragraph, a whole report.
sentence = "the talks went on for hours and nobody said much about the plan at all. " * 9 \
    + "Ann Lee met Bob Ray in Paris on Tuesday, according to the Daily Record. "
huge = sentence * (20_000_000 // len(sentence) + 1)
path = write("huge.txt", huge)
status, out, err, seconds, rss = run(["--json", path], 60)
paragraphs = json.loads(out)["paragraphs"] if status == 0 else []
check("20 MB without a newline, --json", status == 0 and not err and len(paragraphs) == 1
      and paragraphs[0]["end"] == len(huge) - 1 and seconds < 60,
      f"status {status}, {len(paragraphs)} paragraph(s), {seconds:.1f} s")
status, out, err, seconds, rss = run([path], 60)
check("20 MB without a newline, report", status == 0 and len(out) > 20_000_000 and seconds < 60,
      f"status {status}, {len(out)} bytes, {seconds:.1f} s")

# The issue's reproducers: one long sentence of cue verbs, well under a second each.
for name, text in [("quoted cues 460 KB", 'Officials said the deal "is off" and ' * 12500),
                   ("plain cues 3 MB", "officials said " * 200000)]:
    path = write("cues.txt", text)
    status, out, err, seconds, rss = run(["--json", path], 2)
    check(name, status == 0 and seconds < 2.0, f"status {status}, {seconds:.2f} s, {len(out)} bytes of JSON")

# Output in proportion to the input: quotes never repeat the text they overlap.
text = "officials said " * 17000
path = write("said.txt", text)
status, out, err, seconds, rss = run([path], 5)
check("256 KB of 'officials said', report size", status == 0 and len(out) < 20 * len(text),
      f"{len(out)} bytes from {len(text)} ({len(out) / len(text):.1f}x), {seconds:.2f} s")
text = "Officials said that " * 1000 + "\u201cthe talks went on" + "\n\n\u201cand on and on" * 5000 + "\n"
path = write("open.txt", text)
status, out, err, seconds, rss = run(["--json", path], 5)
check("cues before a quotation open over 5,000 paragraphs, JSON size", status == 0 and len(out) < 20 * len(text.encode()),
      f"{len(out)} bytes from {len(text.encode())}, {seconds:.2f} s")

# Deep runs of names (once a stack overflow), and a batch that goes on past them.
runs = write("runs.txt", "The talks with " + "Democrats " * 50000 + "ended. The " + "Former " * 35000 + "President spoke.\n")
fine = write("fine.txt", "\u201cFine,\u201d said Ann Lee.\n")
status, out, err, seconds, rss = run(["--json", fine, runs, fine], 5)
lines = out.decode().splitlines()
check("runs of group words and titles, in a batch", status == 0 and len(lines) == 3 and seconds < 5,
      f"status {status}, {len(lines)} JSON lines, {seconds:.2f} s")

# What the fuzzer found (Fuzz/findings): each input repeated to 256 KB, well under 2 s.
findings = sorted(os.listdir("Fuzz/findings")) if os.path.isdir("Fuzz/findings") else []
for name in findings:
    unit = open(os.path.join("Fuzz/findings", name), "rb").read()
    path = write("finding.txt", unit * (256_000 // max(1, len(unit)) + 1))
    status, out, err, seconds, rss = run(["--json", "--force", path], 2)
    check("fuzz finding " + name + " x 256 KB", status == 0 and seconds < 2.0, f"status {status}, {seconds:.2f} s")

peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
check("peak memory of any run", peak < 2048, f"{peak:.0f} MB")
print(f"release checks: {failures} failing")
sys.exit(1 if failures else 0)
PY
