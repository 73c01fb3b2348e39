#!/usr/bin/env bash
# bench/remote.sh - a 1,000-file sync to a real OpenSSH server and a real Samba server on
# 127.0.0.1, Syncopate against `rsync -e ssh` and `smbclient` in the same run, tools alternated
# (A B A B ...), medians over RUNS, ratios per pair. Whole processes are timed (JVM start included).
#
#   bench/remote.sh                 3 rounds of every scenario
#   RUNS=7 bench/remote.sh          more rounds
#
# Scenarios (each into a fresh directory on the server unless it says otherwise):
#   sftp-copy   syncopate robocopy SRC sftp://... /E      vs  rsync -a -e ssh SRC/ host:DST/
#   sftp-noop   the same again into the finished copy     vs  rsync again (nothing to do)
#   smb-copy    syncopate robocopy SRC smb://... /E       vs  smbclient -c 'recurse; prompt; mput *'
#   smb-noop    the same again into the finished copy     (smbclient cannot compare: Syncopate only)
#
# Needs root (it starts sshd and smbd on free ports with temporary configs and adds the users
# syncopate-bench / its Samba password), /usr/sbin/sshd, /usr/sbin/smbd, smbclient, rsync, python3.
# Everything lives under BENCH_DIR [bench/work/remote] and the servers stop when the script ends.
set -uo pipefail

HERE=$(cd -P -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)
REPO=$(dirname -- "$HERE")
SYN=$REPO/scripts/syncopate
RUNS=${RUNS:-3}
FILES=${FILES:-1000}
MT=${MT:-8}
BENCH_DIR=${BENCH_DIR:-$HERE/work/remote}
USER_NAME=syncopate-bench

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "bench: $*"; exit 2; }

[[ $(id -u) -eq 0 ]] || die "run as root: it starts sshd and smbd and adds a test user"
for c in /usr/sbin/sshd /usr/sbin/smbd smbclient rsync python3 ssh ssh-keygen smbpasswd; do
    command -v "$c" >/dev/null || die "$c is missing (apt-get install openssh-server samba smbclient rsync)"
done
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive number"

rm -rf -- "$BENCH_DIR"
mkdir -p "$BENCH_DIR"/{ssh,smb,srv,logs} || die "cannot create $BENCH_DIR"
BENCH_DIR=$(cd -P -- "$BENCH_DIR" && pwd -P)
SRV=$BENCH_DIR/srv                      # what the servers export
SRC=$BENCH_DIR/src
PIDS=()
cleanup() {
    local p
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null; done
    sleep 0.5   # smbd stops its children on TERM
    rm -rf -- "$SRV"
}
trap cleanup EXIT
trap 'log "interrupted"; exit 130' INT TERM

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_port() {
    local i
    for i in $(seq 1 100); do
        python3 -c "import socket,sys; socket.create_connection(('127.0.0.1',$1),0.2)" 2>/dev/null && return 0
        sleep 0.1
    done
    die "nothing listens on port $1"
}

# ---- the source tree: FILES files of 1-64 KiB in 20 dirs, mtimes with nanoseconds ------------
log "generating $FILES files in $SRC"
python3 - "$SRC" "$FILES" <<'PY' || die "generating the tree failed"
import os, random, sys
root, n = sys.argv[1], int(sys.argv[2])
rnd = random.Random(42)
pool = rnd.randbytes(1 << 20)
for i in range(n):
    d = os.path.join(root, "d%02d" % (i % 20))
    os.makedirs(d, exist_ok=True)
    size = rnd.randint(1024, 65536)
    start = rnd.randint(0, len(pool) - size)
    p = os.path.join(d, "f%04d.dat" % i)
    with open(p, "wb") as f:
        f.write(pool[start:start + size])
    t = 1704067200 * 10**9 + rnd.randint(0, 10**15)      # not whole seconds: SFTP v3 truncates
    os.utime(p, ns=(t, t))
PY
SRC_KIB=$(du -sk -- "$SRC" | awk '{print $1}')

# ---- the user ---------------------------------------------------------------------------------
id "$USER_NAME" >/dev/null 2>&1 || useradd -M -d "$SRV" -s /bin/sh "$USER_NAME" || die "useradd failed"
PASSWORD=$(python3 -c 'import secrets; print(secrets.token_urlsafe(18))')
echo "$USER_NAME:$PASSWORD" | chpasswd || die "chpasswd failed"
chown "$USER_NAME:" "$SRV"

# ---- OpenSSH ----------------------------------------------------------------------------------
SSH=$BENCH_DIR/ssh
SSH_PORT=$(free_port)
ssh-keygen -q -t ed25519 -N '' -f "$SSH/host_key" -C bench-host
ssh-keygen -q -t ed25519 -N '' -f "$SSH/id_ed25519" -C bench-user
mkdir -p "$SSH/authorized_keys" /run/sshd
cp "$SSH/id_ed25519.pub" "$SSH/authorized_keys/$USER_NAME"
cat >"$SSH/sshd_config" <<EOF
ListenAddress 127.0.0.1:$SSH_PORT
HostKey $SSH/host_key
PidFile none
UsePAM no
StrictModes no
AuthorizedKeysFile $SSH/authorized_keys/%u
PasswordAuthentication no
Subsystem sftp internal-sftp
EOF
/usr/sbin/sshd -D -e -f "$SSH/sshd_config" 2>"$BENCH_DIR/logs/sshd.log" &
PIDS+=($!)
wait_port "$SSH_PORT"
echo "[127.0.0.1]:$SSH_PORT $(cut -d' ' -f1,2 "$SSH/host_key.pub")" >"$SSH/known_hosts"
SSH_CMD="ssh -p $SSH_PORT -i $SSH/id_ed25519 -o UserKnownHostsFile=$SSH/known_hosts -o StrictHostKeyChecking=yes -o BatchMode=yes"

# ---- Samba ------------------------------------------------------------------------------------
SMB=$BENCH_DIR/smb
SMB_PORT=$(free_port)
mkdir -p "$SMB"/{lock,state,cache,private,pid}
cat >"$SMB/smb.conf" <<EOF
[global]
    smb ports = $SMB_PORT
    bind interfaces only = yes
    interfaces = 127.0.0.1
    disable netbios = yes
    load printers = no
    printing = bsd
    printcap name = /dev/null
    server min protocol = SMB2_02
    passdb backend = tdbsam:$SMB/private/passdb.tdb
    lock directory = $SMB/lock
    state directory = $SMB/state
    cache directory = $SMB/cache
    private dir = $SMB/private
    pid directory = $SMB/pid
    log file = $BENCH_DIR/logs/smbd.log
    map to guest = never
[data]
    path = $SRV
    read only = no
    valid users = $USER_NAME
EOF
printf '%s\n%s\n' "$PASSWORD" "$PASSWORD" | smbpasswd -c "$SMB/smb.conf" -a -s "$USER_NAME" >/dev/null ||
    die "smbpasswd failed"
# its own session: smbd signals its process group when it stops, which would otherwise be this script
setsid /usr/sbin/smbd --foreground --no-process-group -s "$SMB/smb.conf" </dev/null >>"$BENCH_DIR/logs/smbd.log" 2>&1 &
PIDS+=($!)
wait_port "$SMB_PORT"

# ---- Syncopate's credentials file (private, as /CREDFILE demands) -----------------------------
CRED=$BENCH_DIR/credentials.yaml
umask 077
cat >"$CRED" <<EOF
ssh:
  user: $USER_NAME
  privateKey: $SSH/id_ed25519
  knownHosts: $SSH/known_hosts
smb:
  user: $USER_NAME
  password: '$PASSWORD'
EOF
umask 022

"$SYN" --version >/dev/null || die "scripts/syncopate does not run"
export SYNCOPATE_SKIP_BUILD=1
ROBO_FLAGS=(/E /NP /NFL /NDL /R:0 /W:0 "/MT:$MT")

# ---- measuring --------------------------------------------------------------------------------
RAW=$BENCH_DIR/results.tsv
printf 'scenario\ttool\tround\tseconds\texit\n' >"$RAW"
timed() {   # scenario tool round cmd...
    local scenario=$1 tool=$2 round=$3; shift 3
    local t0 t1 rc
    t0=$(date +%s%N)
    "$@" >"$BENCH_DIR/logs/$scenario-$tool-$round.log" 2>&1
    rc=$?
    t1=$(date +%s%N)
    printf '%s\t%s\t%s\t%s\t%s\n' "$scenario" "$tool" "$round" \
        "$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')" "$rc" >>"$RAW"
    log "$scenario $tool round $round: exit $rc"
}
same_tree() {   # local-dir server-dir: every file arrived with the same bytes
    diff -r -q "$1" "$2" >/dev/null || log "WARNING: $2 differs from the source"
}

for round in $(seq 1 "$RUNS"); do
    d_syn=$SRV/sftp-syn-$round; d_rsync=$SRV/sftp-rsync-$round
    timed sftp-copy syncopate "$round" "$SYN" robocopy "$SRC" \
        "sftp://$USER_NAME@127.0.0.1:$SSH_PORT$d_syn" "${ROBO_FLAGS[@]}" /CRED:ssh "/CREDFILE:$CRED"
    timed sftp-copy rsync "$round" rsync -a -e "$SSH_CMD" "$SRC/" "$USER_NAME@127.0.0.1:$d_rsync/"
    same_tree "$SRC" "$d_syn"; same_tree "$SRC" "$d_rsync"
    timed sftp-noop syncopate "$round" "$SYN" robocopy "$SRC" \
        "sftp://$USER_NAME@127.0.0.1:$SSH_PORT$d_syn" "${ROBO_FLAGS[@]}" /CRED:ssh "/CREDFILE:$CRED"
    timed sftp-noop rsync "$round" rsync -a -e "$SSH_CMD" "$SRC/" "$USER_NAME@127.0.0.1:$d_rsync/"

    s_syn=smb-syn-$round; s_cli=smb-cli-$round
    timed smb-copy syncopate "$round" "$SYN" robocopy "$SRC" \
        "smb://127.0.0.1:$SMB_PORT/data/$s_syn" "${ROBO_FLAGS[@]}" /CRED:smb "/CREDFILE:$CRED"
    mkdir -p "$SRV/$s_cli" && chown "$USER_NAME:" "$SRV/$s_cli"
    timed smb-copy smbclient "$round" smbclient "//127.0.0.1/data" -p "$SMB_PORT" -U "$USER_NAME%$PASSWORD" \
        -D "$s_cli" -c "lcd $SRC; recurse on; prompt off; mput *"
    same_tree "$SRC" "$SRV/$s_syn"; same_tree "$SRC" "$SRV/$s_cli"
    timed smb-noop syncopate "$round" "$SYN" robocopy "$SRC" \
        "smb://127.0.0.1:$SMB_PORT/data/$s_syn" "${ROBO_FLAGS[@]}" /CRED:smb "/CREDFILE:$CRED"
done

# ---- report -----------------------------------------------------------------------------------
python3 - "$RAW" "$FILES" "$SRC_KIB" <<'PY'
import csv, statistics, sys
from collections import defaultdict
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
t = defaultdict(dict)
bad = [r for r in rows if r["exit"] not in ("0", "1")]
for r in rows:
    t[(r["scenario"], r["tool"])][r["round"]] = float(r["seconds"])
print(f"\n{sys.argv[2]} files, {int(sys.argv[3]) / 1024:.1f} MiB; medians over {len(t[('sftp-copy','syncopate')])} rounds\n")
print("| scenario | Syncopate s | other | other s | ratio Syncopate/other (median of per-round ratios) |")
print("|---|---|---|---|---|")
for sc, other in (("sftp-copy", "rsync"), ("sftp-noop", "rsync"), ("smb-copy", "smbclient"), ("smb-noop", None)):
    s = t[(sc, "syncopate")]
    line = f"| {sc} | {statistics.median(s.values()):.2f} | "
    if other:
        o = t[(sc, other)]
        ratios = [s[k] / o[k] for k in s if k in o and o[k] > 0]
        line += f"{other} | {statistics.median(o.values()):.2f} | {statistics.median(ratios):.2f} |"
    else:
        line += "— | — | — |"
    print(line)
if bad:
    print("\nNOTE: some runs did not succeed:", ", ".join(f"{r['scenario']}/{r['tool']}#{r['round']}={r['exit']}" for r in bad))
PY
log "raw numbers in $RAW, tool output in $BENCH_DIR/logs"
