#!/usr/bin/env bash
# Two builds of egov in turns on bench/run.sh quick's 10 k × 150 long CSV, so that the machine's
# load weighs on both alike: per round `check`, `assess --formats json,csv` and `--formats csv`
# with build A, then the same with build B; wall seconds and peak KiB from GNU time; at the end
# whether both builds wrote byte-identical results.json and ranking.csv.
#   bench/turns.sh REV_A REV_B [ROUNDS]         e.g. bench/turns.sh d0bc8b9 HEAD 7
#   bench/turns.sh REV_A REV_B [ROUNDS] every   per round instead: every default output of 3,321
#                                               per-unit workbooks × 150, then of the 10 k CSV
# Each revision is cloned from this repository into target/bench/turns/REV and built there (its
# own ./egov launcher, with its own class-data-sharing archive). JAVA_OPTS applies to both.
set -euo pipefail
cd "$(dirname "$0")/.."
here="$(pwd)"
a="${1:?REV_A}" b="${2:?REV_B}" rounds="${3:-5}" mode="${4:-quick}"
D="$here/target/bench"
mvn -q -B -Dstyle.color=never -DskipTests package test-compile
[ -f "$D/csv-10k/.done" ] || {
  mkdir -p "$D"
  java -cp target/egov.jar:target/test-classes vn.egov.bench.Synth 10000 150 "$D/csv-10k" long
  touch "$D/csv-10k/.done"
}
[ "$mode" != every ] || [ -f "$D/workbooks-3321/.done" ] || {
  java -cp target/egov.jar:target/test-classes vn.egov.bench.Synth 3321 150 "$D/workbooks-3321" workbooks
  touch "$D/workbooks-3321/.done"
}
[ -x /usr/bin/time ] || apt-get install -y -qq time >/dev/null
dirs=()
for rev in "$a" "$b"; do
  sha="$(git rev-parse --short "$rev")"
  dir="$D/turns/$sha"
  if [ ! -f "$dir/target/egov.jar" ]; then
    rm -rf "$dir"
    git clone -q "$here" "$dir"
    git -C "$dir" checkout -q "$sha"
    (cd "$dir" && mvn -q -B -Dstyle.color=never -DskipTests package)
  fi
  (cd "$dir" && ./egov --version >/dev/null 2>&1)
  dirs+=("$dir")
done
C="$D/csv-10k" W="$D/workbooks-3321"
once() { /usr/bin/time -f "%e %M" -o "$D/turns/time.txt" "$@" >/dev/null 2>&1 || true; tail -n 1 "$D/turns/time.txt"; }
for i in $(seq "$rounds"); do
  for dir in "${dirs[@]}"; do
    cd "$dir"
    if [ "$mode" = every ]; then
      w=$(once ./egov assess -c "$W/criteria.yaml" "$W/workbooks" --units "$W/units.csv" --quiet -o "$dir/out-wb-all")
      e=$(once ./egov assess -c "$C/criteria.yaml" "$C/long.csv" --units "$C/units.csv" --quiet -o "$dir/out-j")
      echo "$i $(basename "$dir") workbooks-every=[$w] 10k-every=[$e] load=$(cut -d' ' -f1 /proc/loadavg)"
      continue
    fi
    c=$(once ./egov check criteria/phu-tho-2018.yaml)
    j=$(once ./egov assess -c "$C/criteria.yaml" "$C/long.csv" --units "$C/units.csv" --quiet -o "$dir/out-j" --formats json,csv)
    s=$(once ./egov assess -c "$C/criteria.yaml" "$C/long.csv" --units "$C/units.csv" --quiet -o "$dir/out-c" --formats csv)
    echo "$i $(basename "$dir") check=[$c] json,csv=[$j] csv=[$s] load=$(cut -d' ' -f1 /proc/loadavg)"
  done
done
if cmp -s "${dirs[0]}/out-j/results.json" "${dirs[1]}/out-j/results.json" \
  && cmp -s "${dirs[0]}/out-j/ranking.csv" "${dirs[1]}/out-j/ranking.csv"; then
  echo "results.json and ranking.csv: byte-identical"
else
  echo "results.json or ranking.csv: DIFFERENT"
fi
if [ "$mode" = every ]; then
  cmp -s "${dirs[0]}/out-wb-all/results.json" "${dirs[1]}/out-wb-all/results.json" \
    && echo "3,321 workbooks' results.json: byte-identical" || echo "3,321 workbooks' results.json: DIFFERENT"
fi
