#!/usr/bin/env python3
"""Per-rule figures for the reader's quotes on a PolNeAR folder (measurement only; prints numbers,
never the corpus's text).

usage: python3 scripts/quote_rule_stats.py ../shared/eval/polnear/dev   (after swift build -c release)

For each QuoteRule: how many quotes it produced, the share that pair softly (Jaccard >= 0.5 of
content tokens) with a gold attribution, and of those with a gold source the share whose speaker
(or a mention of its actor) overlaps it. Pairing is the scorer's (../shared/eval/score_quotes.py).
"""
import collections, json, os, subprocess, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'eval'))
import score_quotes as S  # noqa: E402

def main():
    folder = sys.argv[1]
    names = sorted(f[:-4] for f in os.listdir(folder) if f.endswith('.txt') and os.path.exists(os.path.join(folder, f[:-4] + '.ann')))
    count, soft, src_total, src_ok = (collections.Counter() for _ in range(4))
    for name in names:
        path = os.path.join(folder, name + '.txt')
        text = open(path, encoding='utf-8').read()
        try:
            gold = S.read_ann(os.path.join(folder, name + '.ann'))
        except ValueError:
            print(f'skipped {name}: its .ann does not parse', file=sys.stderr)
            continue
        doc = json.loads(subprocess.run(['.build/release/reader', '--json', path], capture_output=True, check=True).stdout)
        pred = S.predictions(doc)
        gt = [S.tokens(text, g['content']) for g in gold]
        pt = [S.tokens(text, p['content']) for p in pred]
        pairs = sorted(((len(g & p) / len(g | p), i, j) for i, g in enumerate(gt) for j, p in enumerate(pt) if g & p), reverse=True)
        used_g, matched = set(), {}
        for jac, i, j in pairs:
            if i in used_g or j in matched: continue
            used_g.add(i); matched[j] = (i, jac)
        for j, q in enumerate(doc['quotes']):
            rule = q['rule']
            count[rule] += 1
            if j in matched and matched[j][1] >= 0.5:
                soft[rule] += 1
                g = gold[matched[j][0]]
                if 'source' in g:
                    src_total[rule] += 1
                    src_ok[rule] += S.overlaps(pred[j]['speaker'], g['source'])
    print(f'{"rule":20} {"quotes":>7} {"soft-P":>7} {"source-acc":>10}')
    for rule in sorted(count, key=lambda r: -count[r]):
        acc = src_ok[rule] / src_total[rule] if src_total[rule] else float('nan')
        print(f'{rule:20} {count[rule]:7d} {soft[rule] / count[rule]:7.3f} {acc:10.3f}')
    print(f'{"all":20} {sum(count.values()):7d} {sum(soft.values()) / max(1, sum(count.values())):7.3f} '
          f'{sum(src_ok.values()) / max(1, sum(src_total.values())):10.3f}')

if __name__ == '__main__':
    main()
