#!/usr/bin/env bash
# bench/run.sh - time Syncopate against rsync and cp (and optionally a second Syncopate build)
# the way /work/shared/BENCH-NOTES.md asks: fresh never-used destinations, tools alternated
# (A B C A B C ...), medians over RUNS, the syncopate/X ratios taken per pair (same round),
# whole processes timed (JVM start included) with GNU time, which also gives the peak RSS.
# See bench/README.md.
#
#   bench/run.sh                          all scenarios on the small and the large tree
#   RUNS=5 TREES=small bench/run.sh       5 rounds, small tree only
#   SCENARIOS="copy noop" bench/run.sh    scenarios: copy noop mutate walk noop-cold
#   BASELINE=/tmp/base/scripts/syncopate bench/run.sh   this checkout against another build
#
# Environment (defaults in brackets):
#   RUNS [3]            rounds per scenario; each round runs every tool once
#   TREES [small large] trees from bench/gen-tree.py: small large mixed
#   SCENARIOS [copy noop mutate walk]   walk lists the empty tree (1,000,000 empty files) with
#                       /E /L against rsync -an, whatever TREES says; noop-cold (drops the page
#                       cache; root only) is opt-in. noop on the large tree is start-up bound.
#   TOOLS [syncopate rsync cp]     also baseline; cp takes part in "copy" only
#   BASELINE []         another checkout's launcher, e.g. /tmp/base/scripts/syncopate (made with
#                       git worktree add /tmp/base COMMIT): adds the tool "baseline" to TOOLS,
#                       right after syncopate, running the same command lines as syncopate
#   BENCH_DIR [bench/work]         sources, copies, logs and results (gitignored)
#   MT [8]              Syncopate's /MT:n
#   CLEANUP [auto]      what happens to a measured copy. Deleting it right away slows the
#                       creates of the next measurements 2-3x (the notes' first trap; fresh
#                       directory names do not avoid it, see README). end: park every copy and
#                       delete them all when the run is over; each: delete right away; auto:
#                       park while the disk keeps room for 2 more copies + 2 GiB, else delete
#   FLUSH [0]           1: time "tool && sync", so the copy includes writing back to disk
#   VERIFY [1]          check every result against its source (untimed) with rsync -n
#   KEEP_TREES [1]      0: delete the generated source trees at the end as well
set -uo pipefail

HERE=$(cd -P -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)
REPO=$(dirname -- "$HERE")
SYN=$REPO/scripts/syncopate
GEN=$HERE/gen-tree.py

RUNS=${RUNS:-3}
TREES=${TREES:-small large}
SCENARIOS=${SCENARIOS:-copy noop mutate walk}
TOOLS=${TOOLS:-syncopate rsync cp}
BENCH_DIR=${BENCH_DIR:-$HERE/work}
MT=${MT:-8}
CLEANUP=${CLEANUP:-auto}
FLUSH=${FLUSH:-0}
VERIFY=${VERIFY:-1}
KEEP_TREES=${KEEP_TREES:-1}
TIME_BIN=${TIME_BIN:-/usr/bin/time}
BASELINE=${BASELINE:-}

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "bench: $*"; exit 2; }

[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive number"
[[ $CLEANUP == auto || $CLEANUP == each || $CLEANUP == end ]] || die "CLEANUP must be auto, each or end"
"$TIME_BIN" -f '%e %M' -o /dev/null true 2>/dev/null ||
    die "GNU time is needed at $TIME_BIN (apt-get install time)"
command -v python3 >/dev/null || die "python3 is needed for gen-tree.py"
if [[ -n $BASELINE && " $TOOLS " != *" baseline "* ]]; then
    # right after syncopate, so that the two builds run back to back in each round
    if [[ " $TOOLS " == *" syncopate "* ]]; then
        _tools=""
        for t in $TOOLS; do
            _tools+="$t "
            [[ $t == syncopate ]] && _tools+="baseline "
        done
        TOOLS=${_tools% }
    else
        TOOLS="baseline $TOOLS"
    fi
fi
for t in $TOOLS; do
    case $t in
        syncopate) ;;
        baseline) [[ -n $BASELINE ]] ||
            die "tool baseline needs BASELINE=/path/to/another/checkout/scripts/syncopate" ;;
        rsync | cp) command -v "$t" >/dev/null || die "$t is not installed" ;;
        *) die "unknown tool $t (syncopate baseline rsync cp)" ;;
    esac
done
BASE_REPO=""
if [[ -n $BASELINE ]]; then
    [[ -f $BASELINE && -x $BASELINE ]] || die "BASELINE=$BASELINE is not an executable file (a checkout's scripts/syncopate)"
    BASELINE=$(readlink -f -- "$BASELINE") || die "cannot resolve BASELINE=$BASELINE"
    BASE_REPO=$(dirname -- "$(dirname -- "$BASELINE")")   # CHECKOUT/scripts/syncopate
fi
if [[ " $TOOLS $SCENARIOS " == *" rsync "* || $VERIFY == 1 ]] && ! command -v rsync >/dev/null; then
    die "rsync is needed (apt-get install rsync), also for VERIFY=1"
fi

mkdir -p "$BENCH_DIR"/{dst,trash,logs,results} || die "cannot create $BENCH_DIR"
BENCH_DIR=$(cd -P -- "$BENCH_DIR" && pwd -P)
STAMP=$(date +%Y%m%d-%H%M%S)
RAW=$BENCH_DIR/results/$STAMP.tsv
TRASH=$BENCH_DIR/trash/$STAMP.$$   # this run's parked copies (other runs' are left alone)
REPORT=$BENCH_DIR/results/$STAMP.md
printf 'scenario\ttree\ttool\tround\tseconds\tpeak_rss_kib\texit\tverify\n' >"$RAW"

# ---- cleanup ---------------------------------------------------------------------------------
CURRENT=""          # a destination being written right now
PARKED=()           # prepared or measured copies awaiting deletion
cleanup() {
    trap '' INT TERM    # a second ^C must not leave copies behind
    if [[ -n $CURRENT ]]; then
        # an interrupted tool may still be writing for a moment
        local _try
        for _try in 1 2 3 4 5; do
            rm -rf -- "$CURRENT" 2>/dev/null && break
            sleep 1
        done
    fi
    local d
    for d in "${PARKED[@]}"; do rm -rf -- "$d"; done
    if [[ -d $TRASH ]]; then
        log "deleting the parked copies"
        rm -rf -- "$TRASH" 2>/dev/null
    fi
    if [[ $KEEP_TREES == 0 ]]; then
        rm -rf -- "$BENCH_DIR"/src-* "$BENCH_DIR"/.src-*
    fi
}
trap cleanup EXIT
trap 'log "interrupted"; exit 130' INT TERM

# A fresh, never-used directory name under dst/ (the notes' delete trap).
fresh() { mktemp -u -p "$BENCH_DIR/dst" "$1.XXXXXXXX"; }

free_kib() { df -Pk -- "$BENCH_DIR" | awk 'NR == 2 { print $4 }'; }
tree_kib() { du -sk -- "$1" | awk '{ print $1 }'; }
TREE_KIB=0          # size of the tree in use, set per scenario

# Done with a copy: park it until the end of the run, or delete it now (CLEANUP).
discard() {
    local park=0
    case $CLEANUP in
        end) park=1 ;;
        auto) (( $(free_kib) > 2 * TREE_KIB + 2097152 )) && park=1 ;;
    esac
    if ((park)); then
        mkdir -p -- "$TRASH" && mv -- "$1" "$TRASH/" 2>/dev/null && return
    elif [[ $CLEANUP == auto && -z ${LOW_DISK_SAID:-} ]]; then
        log "disk getting full: deleting copies right after their measurement from now on"
        LOW_DISK_SAID=1
    fi
    rm -rf -- "$1"
}

# ---- source trees ----------------------------------------------------------------------------
# Generated once (deterministic, seed 42) and kept between runs; .src-NAME.done marks a
# complete tree. src-NAME-mut is the same tree after gen-tree.py mutate.
tree_desc() {
    case $1 in
        small) echo "100,000 files of 1-16 KiB in 2,000 dirs" ;;
        large) echo "20 files of 100 MiB" ;;
        mixed) echo "10,000 files of 4 KiB-4 MiB" ;;
        empty) echo "1,000,000 empty files in 1,000 dirs" ;;
    esac
}
ensure_tree() {
    local name=$1 src=$BENCH_DIR/src-$1
    if [[ ! -e $BENCH_DIR/.src-$name.done ]]; then
        rm -rf -- "$src" "$src-mut" "$BENCH_DIR/.src-$name-mut.done"
        log "generating the $name tree ($(tree_desc "$name")) in $src"
        python3 "$GEN" "$name" "$src" || die "gen-tree.py $name failed"
        touch "$BENCH_DIR/.src-$name.done"
    fi
}
ensure_mutated() {
    local name=$1 src=$BENCH_DIR/src-$1
    if [[ ! -e $BENCH_DIR/.src-$name-mut.done ]]; then
        rm -rf -- "$src-mut"
        log "preparing the mutated $name tree in $src-mut"
        cp -a -- "$src" "$src-mut" || die "cp -a $src failed"
        python3 "$GEN" mutate "$src-mut" || die "gen-tree.py mutate failed"
        touch "$BENCH_DIR/.src-$name-mut.done"
    fi
}
# Read every byte once, so that every tool starts from the same warm page cache.
warm() {
    log "warming $1 (reading it once)"
    find "$1" -type f -print0 | xargs -0 -r cat >/dev/null
}
drop_caches() { sync && echo 3 >/proc/sys/vm/drop_caches; }

# ---- one measurement -------------------------------------------------------------------------
# cmd_for TOOL KIND SRC DST: sets CMD; KIND is copy (DST new) or mirror (DST exists).
cmd_for() {
    local tool=$1 kind=$2 src=$3 dst=$4 launcher=$SYN
    CMD=()
    [[ $tool == baseline ]] && launcher=$BASELINE   # the same command lines, another build
    case $tool:$kind in
        syncopate:copy | baseline:copy) CMD=(env SYNCOPATE_SKIP_BUILD=1 "$launcher" robocopy "$src" "$dst" /E /NP /NFL /NDL /R:0 /W:0 "/MT:$MT") ;;
        syncopate:mirror | baseline:mirror) CMD=(env SYNCOPATE_SKIP_BUILD=1 "$launcher" robocopy "$src" "$dst" /MIR /NP /NFL /NDL /R:0 /W:0 "/MT:$MT") ;;
        rsync:copy) CMD=(rsync -a "$src/" "$dst/") ;;
        rsync:mirror) CMD=(rsync -a --delete "$src/" "$dst/") ;;
        # a walk: list what a copy would do into a new destination, changing nothing
        syncopate:walk | baseline:walk) CMD=(env SYNCOPATE_SKIP_BUILD=1 "$launcher" robocopy "$src" "$dst" /E /L /NP /NFL /NDL /R:0 /W:0 "/MT:$MT") ;;
        rsync:walk) CMD=(rsync -a -n "$src/" "$dst/") ;;
        cp:copy) CMD=(cp -a "$src" "$dst") ;;
        *) return 1 ;;
    esac
}
ok_exit() { # TOOL RC: Robocopy's codes 0-7 are success (1 = files copied), 8 and up failure
    if [[ $1 == syncopate || $1 == baseline ]]; then (($2 < 8)); else (($2 == 0)); fi
}
# The result must equal the source (size and mtime within 2 s, no extra or missing entries).
verify() {
    [[ $VERIFY == 1 ]] || { echo "-"; return; }
    if [[ $3 == walk ]]; then   # a listing must leave the destination as it was: absent
        if [[ -e $2 ]]; then echo "destination-created"; else echo ok; fi
        return
    fi
    local n
    n=$(rsync -a -n --delete --modify-window=2 --itemize-changes "$1/" "$2/" 2>&1 |
        grep -v '^\.d' | grep -c .)
    if ((n == 0)); then echo ok; else echo "$n-differences"; fi
}

# measure SCENARIO TREE TOOL ROUND KIND SRC DST
measure() {
    local scen=$1 tree=$2 tool=$3 round=$4 kind=$5 src=$6 dst=$7
    local logf=$BENCH_DIR/logs/$STAMP-$scen-$tree-$tool-$round.log
    local tf=$BENCH_DIR/logs/.time.$$ rc secs rss v
    cmd_for "$tool" "$kind" "$src" "$dst" || return 0
    sync    # leftover writeback (preparation, deletes) must not land in this timing
    [[ $scen == noop-cold ]] && drop_caches
    CURRENT=$dst
    if [[ $FLUSH == 1 ]]; then
        # shellcheck disable=SC2016 # expanded by the inner sh
        "$TIME_BIN" -f '%e %M' -o "$tf" sh -c '"$@"; rc=$?; sync; exit $rc' sh "${CMD[@]}" >"$logf" 2>&1
    else
        "$TIME_BIN" -f '%e %M' -o "$tf" "${CMD[@]}" >"$logf" 2>&1
    fi
    rc=$?
    # GNU time prints "Command exited with non-zero status N" before its line
    secs=nan rss=0
    [[ -s $tf ]] && read -r secs rss < <(tail -n 1 "$tf")
    rm -f "$tf"
    if ! [[ $secs =~ ^[0-9.]+$ ]]; then   # no timing: count it as a failure
        secs=nan
        ((rc != 0)) || rc=125
    fi
    if ok_exit "$tool" "$rc"; then v=$(verify "$src" "$dst" "$kind"); else v=failed; fi
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$scen" "$tree" "$tool" "$round" "$secs" "$rss" "$rc" "$v" >>"$RAW"
    log "  $scen $tree round $round $tool: ${secs}s, $((rss / 1024)) MiB peak, exit $rc, verify $v"
    [[ $v == ok || $v == - ]] || log "  see $logf"
}

# ---- scenarios -------------------------------------------------------------------------------
tools_for() { # KIND: the tools that take part
    local t out=()
    for t in $TOOLS; do
        [[ ($1 == mirror || $1 == walk) && $t == cp ]] && continue
        [[ $t == syncopate && $SYN_OK != 1 ]] && continue
        [[ $t == baseline && $BASE_OK != 1 ]] && continue
        out+=("$t")
    done
    echo "${out[@]}"
}

need_space() { # TREE COPIES: stop early rather than fill the disk mid-measurement
    TREE_KIB=$(tree_kib "$BENCH_DIR/src-$1")
    local need=$(( TREE_KIB * $2 + 1048576 ))
    if (( $(free_kib) < need )); then
        log "not enough free space in $BENCH_DIR for $2 copies of the $1 tree ($((need / 1024)) MiB); skipping"
        return 1
    fi
}

scenario_copy() {
    local tree=$1 src=$BENCH_DIR/src-$1 r t d
    need_space "$tree" "$([[ $CLEANUP == end ]] && echo $((RUNS * 3)) || echo 1)" || return
    warm "$src"
    for ((r = 1; r <= RUNS; r++)); do
        for t in $(tools_for copy); do
            d=$(fresh "copy-$tree-$t")
            measure copy "$tree" "$t" "$r" copy "$src" "$d"
            CURRENT=
            discard "$d"
        done
    done
}

scenario_noop() { # SCEN: noop or noop-cold
    local scen=$1 tree=$2 src=$BENCH_DIR/src-$2 r t
    local -A prep=()
    need_space "$tree" 2 || return
    for t in $(tools_for mirror); do
        prep[$t]=$(fresh "noop-$tree-$t")
        PARKED+=("${prep[$t]}")
        cp -a -- "$src" "${prep[$t]}" || die "cp -a failed"
    done
    warm "$src"
    for ((r = 1; r <= RUNS; r++)); do
        for t in $(tools_for mirror); do
            measure "$scen" "$tree" "$t" "$r" mirror "$src" "${prep[$t]}"
            CURRENT=
        done
    done
    for t in "${!prep[@]}"; do discard "${prep[$t]}"; done
}

scenario_mutate() {
    local tree=$1 src=$BENCH_DIR/src-$1 r t d
    ensure_mutated "$tree"
    need_space "$tree" "$([[ $CLEANUP == end ]] && echo $((RUNS * 2)) || echo 1)" || return
    warm "$src-mut"
    for ((r = 1; r <= RUNS; r++)); do
        for t in $(tools_for mirror); do
            # destination: a fresh copy of the unmutated tree (untimed)
            d=$(fresh "mutate-$tree-$t")
            CURRENT=$d
            cp -a -- "$src" "$d" || die "cp -a failed"
            measure mutate "$tree" "$t" "$r" mirror "$src-mut" "$d"
            CURRENT=
            discard "$d"
        done
    done
}

scenario_walk() {
    local src=$BENCH_DIR/src-empty r t d
    ensure_tree empty
    log "warming the empty tree's metadata (one find)"
    find "$src" >/dev/null
    for ((r = 1; r <= RUNS; r++)); do
        for t in $(tools_for walk); do
            d=$(fresh "walk-$t")
            measure walk empty "$t" "$r" walk "$src" "$d"
            CURRENT=
            [[ -e $d ]] && discard "$d"
        done
    done
}

# ---- report ----------------------------------------------------------------------------------
report() {
    python3 - "$RAW" "$RUNS" <<'PY'
import csv, statistics, sys
raw, runs = sys.argv[1], int(sys.argv[2])
rows = [r for r in csv.DictReader(open(raw), delimiter="\t")]
names = {"copy": "full copy", "noop": "no-op mirror (warm)", "noop-cold": "no-op mirror (cold cache)",
         "mutate": "mirror after mutate", "walk": "walk (/E /L vs rsync -an)"}
trees = {"small": "small: 100,000 x 1-16 KiB", "large": "large: 20 x 100 MiB",
         "mixed": "mixed: 10,000 x 4 KiB-4 MiB", "empty": "empty: 1,000,000 x 0 B"}
# columns for the tools that took part anywhere in this run, in this order
tools = [t for t in ("syncopate", "baseline", "rsync", "cp") if any(r["tool"] == t for r in rows)]
tools += sorted({r["tool"] for r in rows} - set(tools))
# ratio columns: syncopate against every other tool, the baseline against rsync and cp
pairs_cols = [("syncopate", x) for x in tools if x != "syncopate" and "syncopate" in tools]
pairs_cols += [("baseline", x) for x in ("rsync", "cp") if "baseline" in tools and x in tools]
def good(r):
    return r["verify"] in ("ok", "-")
def med(xs):
    return statistics.median(xs) if xs else None
def fmt_s(x):
    return "n/a" if x is None else (f"{x:.2f} s" if x < 10 else f"{x:.1f} s")
def fmt_m(x):
    return "n/a" if x is None else f"{x / 1024:.0f} MiB"
order = []
for r in rows:
    k = (r["scenario"], r["tree"])
    if k not in order:
        order.append(k)
if not rows:
    print("No measurements (every scenario was skipped; see the log above).")
    sys.exit(0)
head = ["scenario"] + tools + [f"{a}/{b}" for a, b in pairs_cols] + \
       [("peak RSS " if i == 0 else "") + t for i, t in enumerate(tools)]
print("| " + " | ".join(head) + " |")
print("|" + "---|" * len(head))
for scen, tree in order:
    sel = [r for r in rows if r["scenario"] == scen and r["tree"] == tree]
    t = {tool: [r for r in sel if r["tool"] == tool] for tool in tools}
    secs = {k: med([float(r["seconds"]) for r in v if good(r)]) for k, v in t.items()}
    rss = {k: med([float(r["peak_rss_kib"]) for r in v if good(r)]) for k, v in t.items()}
    fails = {k: sum(1 for r in v if not good(r)) for k, v in t.items()}
    by_round = {k: {r["round"]: float(r["seconds"]) for r in v if good(r)} for k, v in t.items()}
    # ratio per pair: A's run and B's run of the same round
    def ratio(a, b):
        if not t[a] or not t[b]:
            return "—"    # one of the two did not take part in this scenario
        pairs = [by_round[a][k] / by_round[b][k] for k in by_round[a]
                 if k in by_round[b] and by_round[b][k] > 0]
        if not pairs:
            return "n/a"  # no round in which both succeeded
        return f"{statistics.median(pairs):.2f}" + (f" ({min(pairs):.2f}-{max(pairs):.2f})" if len(pairs) > 1 else "")
    def cell(k, x, f):
        if not t[k]:
            return "—"
        c = f(x)
        return c + (f" ({fails[k]} failed)" if fails[k] else "")
    cells = [f"{names.get(scen, scen)}, {trees.get(tree, tree)}"]
    cells += [cell(k, secs[k], fmt_s) for k in tools]
    cells += [ratio(a, b) for a, b in pairs_cols]
    cells += [cell(k, rss[k], fmt_m) for k in tools]
    print("| " + " | ".join(cells) + " |")
print()
note = f"Medians of {runs} round{'s' if runs != 1 else ''}, failed runs left out and counted in their cells"
if pairs_cols:
    note += ("; each A/B column is the median of the per-round ratios A's time / B's time "
             "(min-max when there are several rounds)")
print(note + "; — means the tool did not take part in that scenario, n/a that none of its runs "
      "(or no round of both tools) succeeded.")
PY
}

# ---- main ------------------------------------------------------------------------------------
commit_of() { # CHECKOUT: short commit, ", dirty" when its tracked files differ from it
    local c
    c=$(git -C "$1" rev-parse --short HEAD 2>/dev/null) || { echo none; return; }
    git -C "$1" diff --quiet HEAD -- 2>/dev/null || c+=", dirty"
    echo "$c"
}
SYN_OK=0
SYN_VERSION="not measured"
if [[ " $TOOLS " == *" syncopate "* ]]; then
    log "building / checking Syncopate (scripts/syncopate --version)"
    if SYN_VERSION=$("$SYN" --version 2>"$BENCH_DIR/logs/$STAMP-build.log" </dev/null); then
        SYN_OK=1
        SYN_VERSION=${SYN_VERSION%%$'\n'*}
    else
        log "Syncopate is not runnable yet (see $BENCH_DIR/logs/$STAMP-build.log); measuring the others"
        SYN_VERSION="not runnable"
    fi
fi
BASE_OK=0
BASE_VERSION="not measured"
if [[ " $TOOLS " == *" baseline "* ]]; then
    log "building / checking the baseline ($BASELINE --version)"
    if BASE_VERSION=$("$BASELINE" --version 2>"$BENCH_DIR/logs/$STAMP-baseline-build.log" </dev/null); then
        BASE_OK=1
        BASE_VERSION=${BASE_VERSION%%$'\n'*}
    else
        log "the baseline is not runnable (see $BENCH_DIR/logs/$STAMP-baseline-build.log); measuring the others"
        BASE_VERSION="not runnable"
    fi
fi

JAVA_DESC="?"
# shellcheck source=../scripts/find-java.sh
if . "$REPO/scripts/find-java.sh" && syncopate_find_java; then
    JAVA_DESC="$SJ_JAVA_VERSION ($SJ_JAVA_HOME)"
fi

for tree in $TREES; do
    case $tree in small | large | mixed) ;; *) die "unknown tree $tree (small large mixed)" ;; esac
done
for scen in $SCENARIOS; do
    case $scen in
        copy | noop | mutate | walk) ;;
        noop-cold) [[ -w /proc/sys/vm/drop_caches ]] || die "noop-cold needs root (drop_caches)" ;;
        *) die "unknown scenario $scen (copy noop mutate walk noop-cold)" ;;
    esac
done

for tree in $TREES; do
    ensure_tree "$tree"
    for scen in $SCENARIOS; do
        [[ $scen == walk ]] && continue   # on its own tree, below
        log "== $scen, $tree tree"
        case $scen in
            copy) scenario_copy "$tree" ;;
            noop | noop-cold) scenario_noop "$scen" "$tree" ;;
            mutate) scenario_mutate "$tree" ;;
        esac
    done
done

if [[ " $SCENARIOS " == *" walk "* ]]; then
    log "== walk, empty tree"
    scenario_walk
fi

{
    echo "# Syncopate benchmark $STAMP"
    echo
    echo "- machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), kernel $(uname -r)"
    echo "- disk: $BENCH_DIR on $(findmnt -no FSTYPE,OPTIONS --target "$BENCH_DIR" 2>/dev/null || echo '?')"
    echo "- syncopate: $SYN_VERSION (commit $(commit_of "$REPO")), /MT:$MT, Java $JAVA_DESC"
    [[ -n $BASELINE ]] && echo "- baseline: $BASE_VERSION (commit $(commit_of "$BASE_REPO")), $BASELINE, the same command lines"
    echo "- rsync: $(rsync --version 2>/dev/null | sed -n 1p)"
    echo "- cp: $(cp --version 2>/dev/null | sed -n 1p)"
    echo "- source: warm (every file read once right before each scenario; noop-cold drops the cache instead); destinations fresh, never-used directories; cleanup: $CLEANUP$([[ -n ${LOW_DISK_SAID:-} || $CLEANUP == each ]] && echo ' (copies deleted during the run)' || echo ' (no deletes during the run)'); flush included: $([[ $FLUSH == 1 ]] && echo yes || echo no)"
    echo "- timing: whole processes with GNU time (JVM start included); tools alternated each round"
    echo
    report || echo "(the report could not be made; the measurements are in the raw file)"
    echo
    echo "Raw measurements: $RAW"
} >"$REPORT"
cat "$REPORT"
