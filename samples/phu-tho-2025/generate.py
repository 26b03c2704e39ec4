#!/usr/bin/env python3
"""Makes the phu-tho-2025 sample from a seed: python3 generate.py [--seed 2025].

Every figure it writes is FICTIONAL; the unit names are real (see README.md): the provincial
agencies listed below, the communes and wards of xa-phuong-2025.csv. Reads
criteria/phu-tho-2025-dti.yaml (PyYAML) so the sample always matches the set.
Writes units.csv, bao-cao-don-vi.csv (the units' self-reports, with some appraised values) and
so-khcn-thu-thap.csv (the figures the Sở Khoa học và Công nghệ takes from national and provincial
systems itself, for every unit): the two report files hold disjoint inputs.
"""
import csv, os, random, sys
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
CRITERIA = os.path.join(HERE, '..', '..', 'criteria', 'phu-tho-2025-dti.yaml')
NOTE = 'SỐ LIỆU GIẢ ĐỊNH (fictional figures) — chỉ để minh họa, không phải số liệu thật của đơn vị'

# (id, name, ranked, tags) — provincial agencies after 1/7/2025 (see README)
DEPARTMENTS = [
    ('VPUBND', 'Văn phòng UBND tỉnh', True, ''),
    ('SKHCN', 'Sở Khoa học và Công nghệ', True, 'kinh-te-so'),
    ('SYT', 'Sở Y tế', True, ''),
    ('SNV', 'Sở Nội vụ', True, ''),
    ('STC', 'Sở Tài chính', True, 'kinh-te-so'),
    ('STP', 'Sở Tư pháp', True, ''),
    ('SCT', 'Sở Công Thương', True, 'kinh-te-so'),
    ('SXD', 'Sở Xây dựng', True, ''),
    ('SNNMT', 'Sở Nông nghiệp và Môi trường', True, 'kinh-te-so'),
    ('SGDDT', 'Sở Giáo dục và Đào tạo', True, ''),
    ('SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch', True, 'kinh-te-so'),
    ('SDTTG', 'Sở Dân tộc và Tôn giáo', True, ''),
    ('TTT', 'Thanh tra tỉnh', True, ''),
    ('CAT', 'Công an tỉnh', False, ''),
    ('BCHQS', 'Bộ Chỉ huy Quân sự tỉnh', False, ''),
]
# the 148 communes and wards of the merged province, from a public dataset (tu-du-lieu-cong-khai.py, README)
with open(os.path.join(HERE, 'xa-phuong-2025.csv'), encoding='utf-8') as _f:
    COMMUNES = [(r['unit_id'], r['unit_name']) for r in csv.DictReader(_f)]
TIE = ('X-LIENMINH', 'X-CHITIEN')  # same figures: a shared rank
NA = ('X-THUCUC', 'X-TRUNGSON', 'X-XUANDAI')  # no information system of their own: 5.1 N/A


def applies(c, group, tags):
    a = c.get('applies_to') or []
    return not a or group in a or any('tag:' + t in a for t in tags)


def value(rng, inp, strength):
    t = inp['type']
    if t == 'boolean':
        return '1' if rng.random() < 0.55 + 0.4 * strength else '0'
    if t == 'percent':
        return f'{min(100, 55 + 45 * strength * rng.uniform(0.8, 1.1)):.2f}'
    if t == 'number':
        return f'{rng.uniform(5, 60) * (0.5 + strength):.1f}'
    if t == 'choice':
        opts = inp['options']
        return opts[0]['value'] if rng.random() < strength else opts[min(len(opts) - 1, rng.choice([1, 1, 2]))]['value']
    if t == 'integer':
        return str(rng.randint(0, 5))
    raise SystemExit(t)


def main():
    seed = int(sys.argv[sys.argv.index('--seed') + 1]) if '--seed' in sys.argv else 2025
    rng = random.Random(seed)
    crit = yaml.safe_load(open(CRITERIA, encoding='utf-8'))
    tops = [c for g in crit['groups'] for c in g['criteria']]
    units = [(i, n, 'department', r, t) for i, n, r, t in DEPARTMENTS] + [(i, n, 'commune', True, '') for i, n in COMMUNES]
    with open(os.path.join(HERE, 'units.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['unit_id', 'unit_name', 'unit_group', 'ranked', 'tags'])
        for i, n, g, r, t in units:
            w.writerow([i, n, g, 'true' if r else 'false', t])
    own, dept = [], []
    rows = {}
    for uid, name, group, _, tags in units:
        strength = rng.uniform(0.45, 1.0)
        out = []
        for c in tops:
            if not applies(c, group, tags.split(';') if tags else []):
                continue
            ins = c['inputs']
            if len(ins) == 2 and ins[0]['id'].endswith('_dat'):
                if c['id'] == '5.1' and uid in NA:
                    out += [(ins[0]['id'], 'N/A', False), (ins[1]['id'], 'N/A', False)]
                    continue
                total = rng.randint(20, 200) if group == 'department' else rng.randint(8, 60)
                done = min(total, round(total * min(1.0, strength * rng.uniform(0.85, 1.15))))
                out += [(ins[0]['id'], str(done), False), (ins[1]['id'], str(total), False)]
                continue
            inp = ins[0]
            by_dept = inp.get('supplied_by') == 'department'
            v = value(rng, inp, strength)
            if inp['id'] == 'lo_hong':
                v = str(rng.choice([0, 0, 1, 2, 3]))
            if inp['id'] == 'kinh_phi':
                v = f'{rng.uniform(0.3, 1.4):.2f}'
            if inp['id'] == 'hop_cds':
                v = str(rng.randint(1, 5))
            out.append((inp['id'], v, by_dept))
        rows[uid] = out
    rows[TIE[1]] = rows[TIE[0]]
    appraised = {'SYT': 'ky_so', 'X-PHUNINH': 'tin_bai', 'P-AUCO': 'ma_doc', 'SCT': 'ung_dung_nganh'}
    first = True
    for uid, *_ in units:
        for iid, v, by_dept in rows[uid]:
            if by_dept:
                dept.append([uid, iid, v])
                continue
            a = ''
            if appraised.get(uid) == iid:  # the Department corrects one value after appraisal
                a = str(max(0, int(float(v)) - 1)) if '.' not in v else f'{float(v) - 7.5:.2f}'
            own.append([uid, iid, v, a, 'Văn bản số …/KH (giả định)' if not by_dept else '', NOTE if first else ''])
            first = False
    with open(os.path.join(HERE, 'bao-cao-don-vi.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['unit_id', 'input_id', 'value', 'appraised', 'evidence', 'note'])
        w.writerows(own)
    with open(os.path.join(HERE, 'so-khcn-thu-thap.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['unit_id', 'input_id', 'value', 'note'])
        for k, r in enumerate(dept):
            w.writerow(r + ([NOTE] if k == 0 else ['']))


if __name__ == '__main__':
    main()
