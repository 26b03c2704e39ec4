#!/usr/bin/env python3
"""Builds xa-phuong-2025.csv and crosswalk-2024-2025.csv from the public dataset
github.com/thanglequoc/vietnamese-provinces-database (MIT), never by hand:

  git clone https://github.com/thanglequoc/vietnamese-provinces-database vpd
  python3 tu-du-lieu-cong-khai.py vpd

Reads, at the commits named below (README.md of this folder cites them):
- NEW: dataset-generation-scripts/resources/manual_seeds/wards/25_PhuTho.sql — the 148 communes
  and wards of Phú Thọ from 1/7/2025 (Nghị quyết 1676/NQ-UBTVQH15), with their codes;
- MAP: dataset-generation-scripts/resources/gis/sapnhapbando_geo_objects.sql — per new unit the
  units it was formed from ("truocsapnhap", from sapnhap.bando.com.vn);
- OLD: json/simplified_json_generated_data_vn_units.json at the last commit before the 2025
  merger — the 479 communes, wards and towns of the former Hòa Bình (17), Phú Thọ (25) and
  Vĩnh Phúc (26), with their districts (to tell apart old units of the same name).
Unit ids are made from the names: P-/X-/TT- and the name without diacritics (two old units whose
names agree without diacritics get their old district: X-TANLAP-SONGLO).
"""
import collections, csv, json, os, re, subprocess, sys, unicodedata

NEW_COMMIT = 'cd58063299585146ded3981f2272946ef19ced54'
OLD_COMMIT = 'e8c5f8000e2bed69e284ba67ae474160bbaea23f'
NEW_PATH = 'dataset-generation-scripts/resources/manual_seeds/wards/25_PhuTho.sql'
MAP_PATH = 'dataset-generation-scripts/resources/gis/sapnhapbando_geo_objects.sql'
OLD_PATH = 'json/simplified_json_generated_data_vn_units.json'
HERE = os.path.dirname(os.path.abspath(__file__))
OLD_PROVINCES = {'17': 'Hòa Bình', '25': 'Phú Thọ', '26': 'Vĩnh Phúc'}
# spellings of the map text that differ from the old register (same unit, same district)
SPELLING = {'Xã Xăm Khòe': 'Xã Săm Khóe', 'Xã Mỵ Hòa': 'Xã Mi Hòa'}
# an old unit split over two new ones: the Resolution moves "a part of its area and population"
# without a figure, so each side gets the ASSUMED weight 0.5
PART = '0.5'


def show(repo, commit, path):
    return subprocess.run(['git', '-C', repo, 'show', f'{commit}:{path}'], check=True, capture_output=True).stdout.decode('utf-8')


def norm(s):
    """NFC, one space, the tone mark of oa/oe/uy ending a syllable on its first vowel (Hoà → Hòa)."""
    s = re.sub(r'\s+', ' ', unicodedata.normalize('NFC', s)).strip()
    pairs = {'oà': 'òa', 'oá': 'óa', 'oả': 'ỏa', 'oã': 'õa', 'oạ': 'ọa', 'oè': 'òe', 'oé': 'óe', 'oẻ': 'ỏe', 'oẽ': 'õe', 'oẹ': 'ọe',
             'uỳ': 'ùy', 'uý': 'úy', 'uỷ': 'ủy', 'uỹ': 'ũy', 'uỵ': 'ụy'}
    for a, b in pairs.items():
        s = re.sub(r'(?<![qQ])' + a + r'(?![a-zđâăêôơưàáảãạ-ỹ])', b, s)  # not the u of qu: Quý
    return s


def ascii_upper(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    s = ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')
    return re.sub(r'[^A-Z0-9]', '', s.upper())


PREFIX = {'Phường': 'P', 'Xã': 'X', 'Thị trấn': 'TT'}


def split_kind(full):
    for k in PREFIX:
        if full.startswith(k + ' '):
            return k, full[len(k) + 1:]
    raise SystemExit('no kind: ' + full)


def main():
    repo = sys.argv[1] if len(sys.argv) > 1 else '.'
    new = [(c, norm(n)) for c, n in re.findall(r"\('(\d{5})', '([^']+)', '25'\)", show(repo, NEW_COMMIT, NEW_PATH))]
    made = {}
    for c, n, text in re.findall(r"\('(\d{5})', '([^']+)', '25', '[^']*', '([^']*)'", show(repo, NEW_COMMIT, MAP_PATH)):
        made[c] = (norm(n), text)
    old = []
    for p in json.loads(show(repo, OLD_COMMIT, OLD_PATH)):
        if p['Code'] in OLD_PROVINCES:
            for d in p['District']:
                for w in d['Ward']:
                    old.append({'code': w['Code'], 'name': norm(w['FullName']), 'district': norm(d['FullName']), 'dcode': d['Code']})
    by_code = {o['code']: o for o in old}
    by_name = collections.defaultdict(list)
    for o in old:
        by_name[o['name']].append(o)
    for o in old:
        kind, bare = split_kind(o['name'])
        o['id'] = PREFIX[kind] + '-' + ascii_upper(bare)
    shared = {i for i, k in collections.Counter(o['id'] for o in old).items() if k > 1}
    for o in old:  # two old units whose names agree without diacritics: add the old district
        if o['id'] in shared:
            o['id'] += '-' + ascii_upper(re.sub(r'^(Huyện|Thị xã|Thành phố) ', '', o['district']))
    dup = [i for i, k in collections.Counter(o["id"] for o in old).items() if k > 1]
    assert not dup, dup
    assert len(new) == 148 and set(made) == {c for c, _ in new}
    rows, used = [], collections.Counter()
    units = []
    for code, name in new:
        kind, bare = split_kind(name)
        nid = PREFIX[kind] + '-' + ascii_upper(bare)
        home = by_code[code]
        text = made[code][1]
        units.append((nid, name, code, norm(text)))
        if norm(text) == 'giữ nguyên':
            parts = [(name, None)]
        else:
            parts = []
            for piece in re.split(r',\s*(?![^()]*\))', text):
                piece = norm(piece)
                if piece.startswith('quy mô dân số'):
                    continue  # the tail of "… và một phần diện tích tự nhiên, quy mô dân số của X"
                m = re.match(r'và phần còn lại của (?:xã )?(.+?) sau khi sắp xếp', piece)
                if m:
                    parts.append((norm(m.group(1)), PART))
                    continue
                m = re.match(r'(.+?) và một phần diện tích tự nhiên$', piece)
                if m:
                    parts.append((m.group(1), None))
                    tail = re.search(r'quy mô dân số của (?:xã )?(.+)$', text)
                    parts.append((norm(tail.group(1)), PART))
                    continue
                parts.append((piece, None))
        for oname, weight in parts:
            district = None
            m = re.match(r'(.+?) \((huyện|thị xã|thành phố) (.+)\)$', oname)
            if m:
                oname, district = m.group(1), m.group(3)
            oname = SPELLING.get(oname, oname)
            cands = by_name.get(oname, [])
            if district:
                cands = [o for o in cands if o['district'].endswith(' ' + district)]
            elif len(cands) > 1:
                cands = [o for o in cands if o['dcode'] == home['dcode']]
            if len(cands) != 1:
                raise SystemExit(f'{name}: cannot place {oname} ({len(cands)} candidates)')
            o = cands[0]
            used[o['code']] += 1
            rows.append((o['id'], nid, weight, o['name'], o['district'], name))
    missing = [o['name'] + ' (' + o['district'] + ')' for o in old if o['code'] not in used]
    if missing:
        raise SystemExit('old units in no new unit: ' + '; '.join(missing))
    split = [c for c, k in used.items() if k > 1]
    for c in split:  # every row of a split old unit carries a weight
        rows = [(a, b, w or PART if a == by_code[c]['id'] else w, *rest) for a, b, w, *rest in rows]
    with open(os.path.join(HERE, 'xa-phuong-2025.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['unit_id', 'unit_name', 'ma_dvhc', 'truoc_sap_nhap'])
        w.writerows(units)
    with open(os.path.join(HERE, 'crosswalk-2024-2025.csv'), 'w', newline='', encoding='utf-8') as f:
        f.write('# The merger of communes of 1/7/2025 in Phú Thọ (Nghị quyết 1676/NQ-UBTVQH15, 16/6/2025): the\n'
                f'# {len(old)} communes, wards and towns of the former Hòa Bình, Phú Thọ and Vĩnh Phúc -> the 148 of Phú Thọ.\n'
                '# Made by tu-du-lieu-cong-khai.py from github.com/thanglequoc/vietnamese-provinces-database\n'
                f'# (new units and their origins at {NEW_COMMIT[:12]}, the old register at {OLD_COMMIT[:12]}).\n'
                '# Old ids are made from the old names (X-TANLAP-SONGLO: two old units whose names agree without diacritics\n'
                '# get their old district); new ids are those of units.csv. The 3 old communes split over two new units carry\n'
                f'# the ASSUMED weight {PART} on each side (the Resolution gives no share); every other row counts 1.\n'
                '# A comment line before each new unit gives its name, code and what the dataset says it was made of.\n')
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['old_unit_id', 'new_unit_id', 'weight'])
        last = None
        for a, b, wt, oname, odist, nname in rows:
            if b != last:
                f.flush()
                u = next(u for u in units if u[0] == b)
                f.write(f'# {u[1]} ({u[2]}): {u[3]}\n')
                last = b
            w.writerow([a, b, wt or ''])
    print(f'{len(new)} new units ({sum(1 for _, n in new if n.startswith("Xã "))} xã, {sum(1 for _, n in new if n.startswith("Phường "))} phường); '
          f'{len(old)} old units; {len(rows)} rows; split: {", ".join(by_code[c]["name"] + " (" + by_code[c]["district"] + ")" for c in split)}')


if __name__ == '__main__':
    main()
