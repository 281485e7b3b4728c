#!/usr/bin/env python3
"""Per-rule figures for the reader's quotes on a PolNeAR folder (measurement only; prints numbers,
never the corpus's text).

usage: python3 scripts/quote_rule_stats.py ../shared/eval/polnear/dev [--by-cue RULE] [--by-confidence]
  (after swift build -c release); --by-cue also prints the figures of RULE's quotes per cue word
  (lowercased), to judge a lexicon entry; --by-confidence also prints them per confidence
  (high/low) and per reason for doubt, to check that low-confidence quotes are the doubtful ones.

For each QuoteRule: how many quotes it produced, the share that pair softly (Jaccard >= 0.5 of
content tokens) with a gold attribution, and of those with a gold source the share whose speaker
(or a mention of its actor) overlaps it. Pairing is the scorer's (../shared/eval/score_quotes.py).
"""
import collections, json, os, subprocess, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'eval'))
import score_quotes as S  # noqa: E402

def main():
    folder = sys.argv[1]
    by_cue = sys.argv[sys.argv.index('--by-cue') + 1] if '--by-cue' in sys.argv else None
    by_conf = '--by-confidence' in sys.argv
    groups = {k: collections.Counter() for k in ('count', 'soft', 'src_total', 'src_ok')}
    cue_count, cue_soft, cue_src_total, cue_src_ok = (collections.Counter() for _ in range(4))
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
            cue = text[q['cue']['start']:q['cue']['end']].lower() if by_cue == rule and q.get('cue') else None
            count[rule] += 1
            keys = ['confidence ' + q.get('confidence', '?')] + ['doubt ' + d for d in q.get('doubts', [])]
            for k in keys: groups['count'][k] += 1
            if cue: cue_count[cue] += 1
            if j in matched and matched[j][1] >= 0.5:
                soft[rule] += 1
                for k in keys: groups['soft'][k] += 1
                if cue: cue_soft[cue] += 1
                g = gold[matched[j][0]]
                if 'source' in g:
                    ok = S.overlaps(pred[j]['speaker'], g['source'])
                    src_total[rule] += 1
                    src_ok[rule] += ok
                    for k in keys: groups['src_total'][k] += 1; groups['src_ok'][k] += ok
                    if cue: cue_src_total[cue] += 1; cue_src_ok[cue] += ok
    if by_cue:
        print(f'{"cue of " + by_cue:24} {"quotes":>7} {"soft":>5} {"soft-P":>7} {"src-ok":>7}')
        for cue in sorted(cue_count, key=lambda c: -cue_count[c]):
            print(f'{cue:24} {cue_count[cue]:7d} {cue_soft[cue]:5d} {cue_soft[cue] / cue_count[cue]:7.3f} '
                  f'{cue_src_ok[cue]:3d}/{cue_src_total[cue]:<3d}')
    print(f'{"rule":20} {"quotes":>7} {"soft-P":>7} {"source-acc":>10}')
    for rule in sorted(count, key=lambda r: -count[r]):
        acc = src_ok[rule] / src_total[rule] if src_total[rule] else float('nan')
        print(f'{rule:20} {count[rule]:7d} {soft[rule] / count[rule]:7.3f} {acc:10.3f}')
    print(f'{"all":20} {sum(count.values()):7d} {sum(soft.values()) / max(1, sum(count.values())):7.3f} '
          f'{sum(src_ok.values()) / max(1, sum(src_total.values())):10.3f}')

    if by_conf:
        print(f'{"confidence / doubt":36} {"quotes":>7} {"soft-P":>7} {"source-acc":>10} {"of":>6}')
        for k in sorted(groups['count']):
            n, t = groups['count'][k], groups['src_total'][k]
            acc = groups['src_ok'][k] / t if t else float('nan')
            print(f'{k:36} {n:7d} {groups["soft"][k] / n:7.3f} {acc:10.3f} {t:6d}')

if __name__ == '__main__':
    main()
