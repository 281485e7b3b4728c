#!/usr/bin/env bash
# Score the release reader on a PolNeAR folder with one reader process: the shared scorer, run alone,
# starts one reader per article, which costs more time than the analysis itself. Same figures:
# the scorer reads the same JSON from a folder (--json-dir). Extra flags go to the scorer (--show 20).
# usage: scripts/score.sh ../shared/eval/polnear/dev [--show N]   (after swift build -c release)
set -euo pipefail
dir=${1:?usage: scripts/score.sh DIR [scorer flags]}; shift
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/json"
find "$dir" -maxdepth 1 -name '*.txt' | sort > "$tmp/list"
.build/release/reader --json --files-from "$tmp/list" > "$tmp/all.jsonl"
python3 - "$tmp" <<'PY'
import json, os, sys
tmp = sys.argv[1]
for line in open(os.path.join(tmp, 'all.jsonl'), encoding='utf-8'):
    doc = json.loads(line)
    name = os.path.basename(doc['file'])[:-4]
    with open(os.path.join(tmp, 'json', name + '.json'), 'w', encoding='utf-8') as out:
        json.dump(doc, out)
PY
python3 "$(dirname "$0")/../../shared/eval/score_quotes.py" --json-dir "$tmp/json" "$@" "$dir"
