#!/bin/sh
# What a filter costs per file, JavaScript against Groovy: no-op mirrors of a 100,000-file tree
# (1,000 directories of 100 empty files, under bench/work/js-filter/) with no filter, the Groovy
# filter and the same filter in JavaScript, alternated; per-file cost = (median - no-filter median) / files.
#
#   bench/js-filter.sh                 # 5 rounds
#   RUNS=11 bench/js-filter.sh
#
# The filter is called for every source file, also in a no-op mirror (all files SAME), so the
# difference to the run without a filter is the filter's cost alone. The JavaScript engine's one-time
# start is measured apart, on a one-file tree, and also reported subtracted.
set -eu
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
W=bench/work/js-filter
FILES=100000
export SYNCOPATE_SKIP_BUILD=1 XDG_CACHE_HOME="$PWD/$W/cache"
scripts/syncopate --version >/dev/null
if [ ! -f "$W/src/.done" ]; then
    rm -rf "$W/src"
    python3 - "$W/src" <<'PY'
import os, sys
root = sys.argv[1]
for d in range(1000):
    p = os.path.join(root, "d%03d" % d)
    os.makedirs(p)
    for f in range(100):
        open(os.path.join(p, "f%03d.%s" % (f, "tmp" if f % 10 == 0 else "txt")), "w").close()
open(os.path.join(root, ".done"), "w").close()
PY
fi
mkdir -p "$W/dst" "$W/one/src"
: >"$W/one/src/a.txt"
for kind in none groovy js; do
    case $kind in
        none) f='' ;;
        groovy) f="filter { f -> f.size < 1000000 && !f.name.endsWith('.tmp') }" ;;
        js) f="filter js('f => f.size < 1e6 && !f.name.endsWith(\".tmp\")')" ;;
    esac
    cat >"$W/$kind.sync.groovy" <<EOS
sync {
    from '$W/src'
    to '$W/dst'
    mirror()
    $f
}
EOS
    sed "s|'$W/src'|'$W/one/src'|; s|'$W/dst'|'$W/one/dst'|" "$W/$kind.sync.groovy" >"$W/one/$kind.sync.groovy"
done
# the first mirror copies everything (and the .tmp files, which the filtered runs then leave alone)
scripts/syncopate run "$W/none.sync.groovy" >/dev/null || true
for kind in none groovy js; do scripts/syncopate run "$W/$kind.sync.groovy" >/dev/null || true; done
: >"$W/times.tsv"
i=0
while [ "$i" -lt "$RUNS" ]; do
    for kind in none groovy js one/none one/js; do
        s=$(date +%s%N)
        scripts/syncopate run "$W/$kind.sync.groovy" >/dev/null || true
        e=$(date +%s%N)
        printf '%s\t%s\n' "$kind" $(( (e - s) / 1000000 )) >>"$W/times.tsv"
    done
    i=$((i + 1))
done
median() { awk -v k="$1" '$1 == k { print $2 }' "$W/times.tsv" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
none=$(median none); groovy=$(median groovy); js=$(median js)
echo "no-op mirror of $FILES files, median of $RUNS: no filter $none ms, Groovy filter $groovy ms, JavaScript filter $js ms"
start=$(( $(median one/js) - $(median one/none) ))
echo "per file: Groovy $(( (groovy - none) * 1000000 / FILES )) ns, JavaScript $(( (js - none) * 1000000 / FILES )) ns"
echo "JavaScript engine start (one-file tree): $start ms; JavaScript per file after it: $(( (js - none - start) * 1000000 / FILES )) ns"
