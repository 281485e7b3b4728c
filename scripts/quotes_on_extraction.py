#!/usr/bin/env python3
"""Do the quotes found on a page's true article text survive extraction?

usage: scripts/quotes_on_extraction.py [--reader CMD] [--extractor CMD] DIR

DIR holds html/ID.html.gz and ground-truth.json (as ../shared/eval/web/scrapinghub). For each
page, the human article text and the extractor's text (default `reader extract`) are both run
through `reader --json` as plain text; a quote found on the human text counts as found again
when some quote on the extraction has content whose word tokens overlap it with Jaccard >= 0.5.
Prints the share of the human text's quotes found again (all pages in /tmp, nothing kept).
"""
import argparse, gzip, json, os, re, shlex, subprocess, tempfile

TOKEN = re.compile(r'\w+', re.UNICODE)


def quotes(reader, paths):
    """Per path, the list of quote contents (token sets) that `reader --json` finds."""
    r = subprocess.run(reader + ['--json', '--jobs', '1'] + paths, capture_output=True)
    out = []
    for path, line in zip(paths, r.stdout.decode('utf-8', 'replace').splitlines()):
        obj = json.loads(line)
        text = open(path, encoding='utf-8', errors='replace').read()
        found = []
        for q in obj.get('quotes', []):
            c = q.get('content') or {}
            toks = set(TOKEN.findall(text[c.get('start', 0):c.get('end', 0)].lower()))
            if toks:
                found.append(toks)
        out.append(found)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('dir')
    ap.add_argument('--reader', default='.build/release/reader')
    ap.add_argument('--extractor', default='.build/release/reader extract')
    a = ap.parse_args()
    truth = json.load(open(os.path.join(a.dir, 'ground-truth.json'), encoding='utf-8'))
    reader, extractor = shlex.split(a.reader), shlex.split(a.extractor)
    with tempfile.TemporaryDirectory() as tmp:
        true_paths, pred_paths = [], []
        for k in sorted(truth):
            page = os.path.join(tmp, k + '.html')
            with gzip.open(os.path.join(a.dir, 'html', k + '.html.gz'), 'rb') as f, open(page, 'wb') as g:
                g.write(f.read())
            r = subprocess.run(extractor + [page], capture_output=True)
            os.unlink(page)
            for name, text, paths in ((k + '.true.txt', truth[k].get('articleBody', ''), true_paths),
                                      (k + '.pred.txt', r.stdout.decode('utf-8', 'replace') if r.returncode == 0 else '', pred_paths)):
                path = os.path.join(tmp, name)
                with open(path, 'w', encoding='utf-8') as f:
                    f.write(text.replace('\n', '\n\n'))  # one paragraph per line of the human text
                paths.append(path)
        true_q, pred_q = quotes(reader, true_paths), quotes(reader, pred_paths)
    total = found = 0
    for tq, pq in zip(true_q, pred_q):
        for t in tq:
            total += 1
            if any(len(t & p) / len(t | p) >= 0.5 for p in pq):
                found += 1
    share = found / total if total else 0.0
    print(f'quotes on the human text: {total}; found again on the extraction: {found} ({share:.1%})')


if __name__ == '__main__':
    main()
