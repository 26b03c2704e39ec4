#!/usr/bin/env python3
"""A straightforward pandas implementation of the synthetic benchmark's scoring, written only to
compare speed with `egov assess` on the same files (docs/benchmarks.md). It knows the structure
that vn.egov.bench.Synth generates (criteria cK: cK.1 bands on aK / bK * 100, cK.2 proportional
on pK; every 7th criterion from the 4th may be N/A: an N/A part adds nothing, and the criterion
leaves the max only when both parts are N/A) and nothing else: it is the script an analyst
would write, not a general tool.

usage: python3 bench/pandas_assess.py DATA_DIR OUT_DIR   (DATA_DIR holds long.csv, criteria.yaml)
Writes OUT_DIR/ranking-pandas.csv: unit_id, points, max, score, rank, classification.
Figures use binary floating point, as such scripts do; the benchmark notes count the units whose
published figures differ from egov's decimal arithmetic.
"""
import re
import sys
import time

import numpy as np
import pandas as pd

t0 = time.time()
data, out = sys.argv[1], sys.argv[2]
criteria = sorted({int(m) for m in re.findall(r'id: "c(\d+)"', open(f"{data}/criteria.yaml", encoding="utf-8").read())})

df = pd.read_csv(f"{data}/long.csv", dtype=str, keep_default_na=False)


def number(s: pd.Series) -> pd.Series:
    """Vietnamese text numbers: '96,5%' -> 96.5, '1.234' (integer groups) -> 1234; else NaN."""
    t = s.str.strip().str.rstrip("%")
    t = t.str.replace(".", "", regex=False).str.replace(",", ".", regex=False)
    return pd.to_numeric(t, errors="coerce")


df["final"] = np.where(df["appraised"].str.len() > 0, df["appraised"], df["value"])
df["na"] = df["final"].str.upper().isin(["N/A", "NA", "KAD"])
df["num"] = number(df["final"])
wide = df.pivot(index="unit_id", columns="input_id", values="num")
na = df.pivot(index="unit_id", columns="input_id", values="na").fillna(False).astype(bool)

per_group = max(1, len(criteria) // 5)  # Synth's criteria groups; ranking ties break on group "1"
group1 = pd.Series(0.0, index=wide.index)
points = pd.Series(0.0, index=wide.index)
maxes = pd.Series(0.0, index=wide.index)
for k in criteria:
    a, b, p = wide.get(f"a{k}"), wide.get(f"b{k}"), wide.get(f"p{k}")
    p = p.where((p >= 0) & (p <= 100))  # a percentage outside 0..100 is invalid: blank
    na1 = na.get(f"a{k}", False) | na.get(f"b{k}", False)  # cK.1 is N/A
    na2 = na.get(f"p{k}", False)  # cK.2 is N/A
    is_na = na1 & na2  # the criterion leaves the max only when both parts are N/A
    ratio = a / b * 100
    band = np.select([ratio >= 98, ratio >= 90, ratio >= 70], [3, 2, 1], default=0)
    band = np.where(ratio.isna(), 0, band)  # missing or invalid: 0 points, max still counts
    band = np.round(band, 2)
    prop = np.round(np.clip(p / 100, 0, 1) * 3 + 1e-9, 2)
    prop = np.where(p.isna(), 0, prop)
    band = np.where(na1, 0, band)
    prop = np.where(na2, 0, prop)
    crit = np.minimum(band + prop, 6)
    points += np.where(is_na, 0, crit)
    if k < per_group:
        group1 += np.where(is_na, 0, crit)
    maxes += np.where(is_na, 0, 6)

score = np.floor(points / maxes * 100 * 100 + 0.5) / 100
res = pd.DataFrame({"points": points.round(2), "max": maxes, "score": score})
key = np.round(res["score"] * 100) * 1e6 + np.round(group1 * 100)  # score, then group 1
res["rank"] = key.rank(method="min", ascending=False).astype(int)
res["classification"] = pd.cut(res["score"], [-1, 50, 70, 85, 1e9], right=False,
                               labels=["Yếu", "Trung bình", "Khá", "Tốt"])
res.sort_values(["rank"]).to_csv(f"{out}/ranking-pandas.csv")
print(f"pandas: {len(res)} units in {time.time() - t0:.2f} s", file=sys.stderr)
