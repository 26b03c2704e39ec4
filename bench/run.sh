#!/usr/bin/env bash
# Reproduces the figures of docs/benchmarks.md on this machine: generates the synthetic inputs
# (seeded, once, under target/bench/), then times egov through the ./egov launcher (as users run
# it) and the pandas implementation on the same files. Each figure is the median of RUNS runs
# (wall time and peak resident memory, from GNU time).
#   bench/run.sh            everything but JMH
#   bench/run.sh quick      check, 10k-unit CSV and the pandas comparison only
#   bench/run.sh scale      the 1k / 10k / 100k series only
#   bench/run.sh jmh        the JMH micro-benchmarks of the scoring core (a few minutes)
# Needs Java 17 and Maven; installs Debian's python3-pandas and GNU time if missing (as root).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${RUNS:-3}"
D=target/bench
mkdir -p "$D"
mvn -q -B -Dstyle.color=never -DskipTests package test-compile
CP=target/egov.jar:target/test-classes

if [ "${1:-}" = jmh ]; then
  mvn -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/test-classpath.txt
  exec java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    org.openjdk.jmh.Main "ScoringBenchmark|ExprBenchmark"
fi

if [ ! -x /usr/bin/time ] || ! /usr/bin/python3 -c 'import pandas, openpyxl' 2>/dev/null; then
  apt-get install -y -qq time python3-pandas python3-openpyxl >/dev/null
fi

gen() { # NAME UNITS INPUTS KINDS…
  [ -f "$D/$1/.done" ] || { java -cp "$CP" vn.egov.bench.Synth "$2" "$3" "$D/$1" "${@:4}" && touch "$D/$1/.done"; }
}

# wall time and peak memory of runs of a command; a figure is the median of RUNS runs (egov exits 1
# on the synthetic data's deliberate errors: GNU time then writes a status line first, so the
# figures are its last line)
once() { # prints "seconds KiB" of one run
  /usr/bin/time -f "%e %M" -o "$D/time.txt" "$@" >/dev/null 2>&1 || true
  tail -n 1 "$D/time.txt"
}
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
row() { # LABEL "TIMES" "MEMS"
  local times=($2) mems=($3)
  printf '| %s | %s s | %s MiB | %s |\n' "$1" "$(median "${times[@]}")" "$(( $(median "${mems[@]}") / 1024 ))" "$2"
}
measure() {
  local label="$1"; shift
  local times="" mems="" t m
  for _ in $(seq "$RUNS"); do
    read -r t m < <(once "$@")
    times+="$t "; mems+="$m "
  done
  row "$label" "$times" "$mems"
}

./egov --version >/dev/null # builds the class-data-sharing archive once
echo "| run | median wall | median peak RSS | every run (s) |"
echo "|---|---|---|---|"

if [ "${1:-}" != scale ]; then
  measure "egov check criteria/phu-tho-2018.yaml" ./egov check criteria/phu-tho-2018.yaml

  gen csv-10k 10000 150 long
  # the three runs of the comparison take turns, so that the machine's load weighs on each alike
  egov10k=(./egov assess -c $D/csv-10k/criteria.yaml $D/csv-10k/long.csv --units $D/csv-10k/units.csv --quiet)
  jt="" jm="" ct="" cm="" pt="" pm="" ratios="" cratios=""
  for _ in $(seq "$RUNS"); do
    read -r t1 m1 < <(once "${egov10k[@]}" -o $D/out-10k --formats json,csv)
    read -r t2 m2 < <(once "${egov10k[@]}" -o $D/out-10k-csv --formats csv)
    read -r t3 m3 < <(once /usr/bin/python3 bench/pandas_assess.py $D/csv-10k $D/out-10k)
    jt+="$t1 " jm+="$m1 " ct+="$t2 " cm+="$m2 " pt+="$t3 " pm+="$m3 "
    ratios+="$(awk -v a="$t1" -v b="$t3" 'BEGIN { printf "%.2f", a / b }') "
    cratios+="$(awk -v a="$t2" -v b="$t3" 'BEGIN { printf "%.2f", a / b }') "
  done
  row "egov assess, 10,000 units × 150 inputs, long CSV, --formats json,csv" "$jt" "$jm"
  row "egov assess, same file, --formats csv (the output pandas writes)" "$ct" "$cm"
  row "pandas, same file (bench/pandas_assess.py)" "$pt" "$pm"
  echo
  echo "egov (json,csv) time / pandas time, run by run: $ratios"
  echo "egov (csv) time / pandas time, run by run: $cratios"
  echo "load (uptime): $(uptime)"
  /usr/bin/python3 - "$D" <<'PY'
import csv, sys
d = sys.argv[1]
e = {r["unit_id"]: r for r in csv.DictReader(open(f"{d}/out-10k/ranking.csv", encoding="utf-8-sig"))}
p = {r["unit_id"]: r for r in csv.DictReader(open(f"{d}/out-10k/ranking-pandas.csv", encoding="utf-8"))}
same = sum(1 for u in e if u in p and float(e[u]["score"]) == float(p[u]["score"])
           and e[u]["rank"] == p[u]["rank"] and e[u]["classification"] == p[u]["classification"])
print(f"Same score, rank and class in egov and pandas: {same} of {len(e)} units\n")
PY
  [ "${1:-}" = quick ] && exit 0

  gen workbooks-3321 3321 150 workbooks
  measure "egov assess, 3,321 per-unit workbooks × 150 inputs, --formats json,csv" \
    ./egov assess -c $D/workbooks-3321/criteria.yaml $D/workbooks-3321/workbooks \
    --units $D/workbooks-3321/units.csv -o $D/out-wb --formats json,csv --quiet
  measure "egov assess, 3,321 per-unit workbooks × 150 inputs, every default output" \
    ./egov assess -c $D/workbooks-3321/criteria.yaml $D/workbooks-3321/workbooks \
    --units $D/workbooks-3321/units.csv -o $D/out-wb-all --quiet
fi

for n in 1000 10000 100000; do
  gen "scale-$n" "$n" 30 long
  measure "egov assess, $n units × 30 inputs (long CSV), --formats json,csv" \
    ./egov assess -c $D/scale-$n/criteria.yaml $D/scale-$n/long.csv --units $D/scale-$n/units.csv \
    -o $D/out-scale-$n --formats json,csv --quiet
done
