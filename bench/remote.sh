#!/usr/bin/env bash
# bench/remote.sh - syncs to a real OpenSSH server and a real Samba server on 127.0.0.1:
# Syncopate against rclone, `rsync -e ssh`, scp and smbclient in the same run, tools alternated
# (A B C A B C ...), medians over RUNS, syncopate/X ratios per pair (same round). Whole processes
# are timed (JVM start included), each after a `sync`. See bench/README.md, "Remote locations".
#
#   bench/remote.sh                               3 rounds of every scenario
#   RUNS=7 bench/remote.sh                        more rounds
#   FILES=500 RUNS=1 SCENARIOS="sftp-copy sftp-noop smb-copy smb-noop" bench/remote.sh
#   LARGE_MIB=64 RUNS=1 SCENARIOS="sftp-large smb-large" bench/remote.sh
#   BASELINE=/tmp/base/scripts/syncopate bench/remote.sh    this checkout against another build
#   SERVE=1 FILES=5000 bench/remote.sh            only start the servers and wait (experiments)
#
# Scenarios (each into a fresh directory on the server unless it says otherwise):
#   sftp-copy   syncopate robocopy SRC sftp://... /E   vs rclone copy SRC sftp:DST, rsync -a -e ssh
#   sftp-noop   the same again into the finished copy  vs rclone, rsync again (nothing to do)
#   smb-copy    syncopate robocopy SRC smb://... /E    vs rclone copy SRC smb:DST,
#                                                         smbclient -c 'recurse; prompt; mput *'
#   smb-noop    the same again into the finished copy  vs rclone again (smbclient cannot compare)
#   sftp-large  one LARGE_MIB file: syncopate          vs scp -p, rclone, rsync -a -e ssh
#   smb-large   the same file: syncopate               vs smbclient put, rclone
# rclone runs with --transfers MT --checkers MT (Syncopate runs /MT:MT) and, for SFTP,
# --sftp-disable-hashcheck (otherwise it runs md5sum/sha1sum over ssh after every file, timing
# shell start-ups, not SFTP; see /work/shared/BENCH-NOTES.md). It keeps mtimes by default, as
# Syncopate does. Its remotes live in a temporary rclone.conf in BENCH_DIR (RCLONE_CONFIG), never
# in ~/.config. Without rclone (apt-get install rclone) or scp its columns are left out.
#
# Environment (defaults in brackets):
#   RUNS [3]        rounds; each round runs every tool of every scenario once
#   FILES [1000]    files of 1-64 KiB in 20 dirs for the copy/noop scenarios
#   LARGE_MIB [1024]  size of the one file of the large scenarios
#   SCENARIOS [sftp-copy sftp-noop smb-copy smb-noop sftp-large smb-large]
#                   a noop needs its copy (sftp-noop needs sftp-copy, smb-noop smb-copy)
#   MT [8]          Syncopate's /MT:n and rclone's --transfers/--checkers
#   BENCH_DIR [bench/work/remote]  emptied at the start; the server's copies go at the end
#   BASELINE []     another checkout's launcher (git worktree add /tmp/base COMMIT): timed as tool
#                   "baseline" with the same command lines, right after syncopate in every round
#   SERVE [0]       1: generate the tree, start sshd and smbd, write BENCH_DIR/serve.env (ports,
#                   URLs, credentials file, SSH options) and wait until interrupted; nothing is timed
#
# Needs root (it starts sshd and smbd on free ports with temporary configs and adds the users
# syncopate-bench / its Samba password), /usr/sbin/sshd, /usr/sbin/smbd, smbclient, rsync, python3.
# The report is printed and saved as BENCH_DIR/report.md, every measurement in results.tsv.
set -uo pipefail

HERE=$(cd -P -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)
REPO=$(dirname -- "$HERE")
SYN=$REPO/scripts/syncopate
RUNS=${RUNS:-3}
FILES=${FILES:-1000}
MT=${MT:-8}
LARGE_MIB=${LARGE_MIB:-1024}
SCENARIOS=${SCENARIOS:-sftp-copy sftp-noop smb-copy smb-noop sftp-large smb-large}
BENCH_DIR=${BENCH_DIR:-$HERE/work/remote}
BASELINE=${BASELINE:-}
SERVE=${SERVE:-0}
USER_NAME=syncopate-bench

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "bench: $*"; exit 2; }

[[ $(id -u) -eq 0 ]] || die "run as root: it starts sshd and smbd and adds a test user"
for c in /usr/sbin/sshd /usr/sbin/smbd smbclient rsync python3 ssh ssh-keygen smbpasswd; do
    command -v "$c" >/dev/null || die "$c is missing (apt-get install openssh-server samba smbclient rsync)"
done
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive number"
[[ $FILES =~ ^[1-9][0-9]*$ ]] || die "FILES must be a positive number"
[[ $MT =~ ^[1-9][0-9]*$ ]] || die "MT must be a positive number"
[[ $LARGE_MIB =~ ^[1-9][0-9]*$ ]] || die "LARGE_MIB must be a positive number (MiB)"
for sc in $SCENARIOS; do
    case $sc in
        sftp-copy | sftp-noop | smb-copy | smb-noop | sftp-large | smb-large) ;;
        *) die "unknown scenario $sc (sftp-copy sftp-noop smb-copy smb-noop sftp-large smb-large)" ;;
    esac
done
want() { [[ " $SCENARIOS " == *" $1 "* ]]; }
if [[ -n $BASELINE ]]; then
    [[ -f $BASELINE && -x $BASELINE ]] || die "BASELINE=$BASELINE is not an executable file (a checkout's scripts/syncopate)"
    BASELINE=$(readlink -f -- "$BASELINE") || die "cannot resolve BASELINE=$BASELINE"
fi
want sftp-noop && ! want sftp-copy && die "sftp-noop syncs into sftp-copy's result: add sftp-copy"
want smb-noop && ! want smb-copy && die "smb-noop syncs into smb-copy's result: add smb-copy"
# Optional peers: without them their columns are left out, not the run.
HAVE_RCLONE=0
if command -v rclone >/dev/null; then
    HAVE_RCLONE=1
else
    log "rclone is missing (apt-get update && apt-get install -y rclone): its columns are left out"
fi
HAVE_SCP=0
if command -v scp >/dev/null; then
    HAVE_SCP=1
else
    log "scp is missing (apt-get install openssh-client): its column is left out"
fi

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
    local _
    for _ in $(seq 1 100); do
        python3 -c "import socket,sys; socket.create_connection(('127.0.0.1',$1),0.2)" 2>/dev/null && return 0
        sleep 0.1
    done
    die "nothing listens on port $1"
}

# ---- the source tree: FILES files of 1-64 KiB in 20 dirs, mtimes with nanoseconds ------------
mkdir -p "$SRC"
if want sftp-copy || want smb-copy; then
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
fi
SRC_KIB=$(du -sk -- "$SRC" | awk '{print $1}')

# ---- the large file: LARGE_MIB MiB of random bytes (incompressible), an mtime with nanoseconds --
LARGE=$BENCH_DIR/large                  # a directory with just that file, for robocopy and rsync
LARGE_NAME=big.dat
LARGE_BYTES=$((LARGE_MIB * 1048576))
LARGE_DELETE=0
if want sftp-large || want smb-large; then
    n_large=0
    n_syn=1; [[ -n $BASELINE ]] && n_syn=2
    want sftp-large && n_large=$((n_large + n_syn + 1 + HAVE_SCP + HAVE_RCLONE))
    want smb-large && n_large=$((n_large + n_syn + 1 + HAVE_RCLONE))
    need_kib=$(( (RUNS * n_large + 1) * LARGE_BYTES / 1024 + 1048576 ))
    free_kib=$(df -Pk -- "$BENCH_DIR" | awk 'NR == 2 { print $4 }')
    if ((free_kib < need_kib)); then
        # deleting right away slows later creates (BENCH-NOTES), but one big file little
        log "not enough room for every large copy ($((need_kib / 1024)) MiB): each is deleted after its check"
        LARGE_DELETE=1
        ((free_kib > 3 * LARGE_BYTES / 1024 + 1048576)) || die "not enough free space for the large file"
    fi
    log "generating one file of $LARGE_MIB MiB in $LARGE"
    mkdir -p "$LARGE"
    head -c "$LARGE_BYTES" /dev/urandom >"$LARGE/$LARGE_NAME" || die "generating the large file failed"
    touch -d '2024-03-01 12:34:56.123456789' "$LARGE/$LARGE_NAME"
fi

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

# ---- rclone's remotes: a temporary config in BENCH_DIR, the same server, user, key, password --
# RCLONE_CONFIG points rclone at this file only, so ~/.config/rclone is neither read nor written.
# bsftp: the same key and known_hosts file as ssh (host key checked); bsmb: the Samba password.
if ((HAVE_RCLONE)); then
    export RCLONE_CONFIG=$BENCH_DIR/rclone.conf
    umask 077
    cat >"$RCLONE_CONFIG" <<EOF
[bsftp]
type = sftp
host = 127.0.0.1
port = $SSH_PORT
user = $USER_NAME
key_file = $SSH/id_ed25519
known_hosts_file = $SSH/known_hosts

[bsmb]
type = smb
host = 127.0.0.1
port = $SMB_PORT
user = $USER_NAME
pass = $(rclone obscure "$PASSWORD")
EOF
    umask 022
fi
if ((SERVE)); then
    cat >"$BENCH_DIR/serve.env" <<EOF
SRC=$SRC
SRV=$SRV
SSH_PORT=$SSH_PORT
SMB_PORT=$SMB_PORT
SFTP_URL=sftp://$USER_NAME@127.0.0.1:$SSH_PORT
SMB_URL=smb://127.0.0.1:$SMB_PORT/data
CRED=$CRED
RCLONE_CONFIG=$BENCH_DIR/rclone.conf
SSH_OPTS="-p $SSH_PORT -i $SSH/id_ed25519 -o UserKnownHostsFile=$SSH/known_hosts -o StrictHostKeyChecking=yes -o BatchMode=yes"
EOF
    log "serving: sshd on $SSH_PORT, smbd on $SMB_PORT; settings in $BENCH_DIR/serve.env; Ctrl-C or kill $$ stops"
    wait
    exit 0
fi
# The flags that make rclone comparable, each for a reason:
#   --transfers/--checkers MT   Syncopate runs /MT:MT: as many files in flight and as many
#                               checks at once (rclone's defaults are 4 and 8)
#   --sftp-disable-hashcheck    otherwise rclone runs md5sum/sha1sum over ssh on the server after
#                               every upload (a shell start-up per file; minutes for 5,000 files,
#                               BENCH-NOTES); Syncopate does not hash either
#   --stats-log-level NOTICE    only logging: its final counts land in the tool's log (without
#                               -v), to see that a no-op transferred nothing
# Nothing else: rclone keeps mtimes by default (as Syncopate does), compares size and mtime on
# a re-sync (as Syncopate does) and writes every file it copies.
RCLONE_FLAGS=(--transfers "$MT" --checkers "$MT" --stats-log-level NOTICE)
RCLONE_SFTP_FLAGS=("${RCLONE_FLAGS[@]}" --sftp-disable-hashcheck)

"$SYN" --version >/dev/null || die "scripts/syncopate does not run"
SYN_VERSION=$("$SYN" --version 2>/dev/null | sed -n 1p)
if [[ -n $BASELINE ]]; then
    BASE_VERSION=$("$BASELINE" --version 2>/dev/null | sed -n 1p) || die "the baseline ($BASELINE --version) does not run"
fi
export SYNCOPATE_SKIP_BUILD=1
ROBO_FLAGS=(/E /NP /NFL /NDL /R:0 /W:0 "/MT:$MT")
SFTP_URL=sftp://$USER_NAME@127.0.0.1:$SSH_PORT
SMB_URL=smb://127.0.0.1:$SMB_PORT/data
SMB_CLIENT=(smbclient "//127.0.0.1/data" -p "$SMB_PORT" -U "$USER_NAME%$PASSWORD")
SSH_OPTS=(-i "$SSH/id_ed25519" -o "UserKnownHostsFile=$SSH/known_hosts" -o StrictHostKeyChecking=yes -o BatchMode=yes)

# ---- measuring --------------------------------------------------------------------------------
RAW=$BENCH_DIR/results.tsv
printf 'scenario\ttool\tround\tseconds\texit\tverify\n' >"$RAW"
# check LOCAL-DIR SERVER-DIR: ok when every file arrived with the same bytes and mtime (within
# 1 s: SFTP v3 keeps whole seconds), "times" when only mtimes differ, "bytes" otherwise
check() {
    [[ -d $2 ]] || { echo missing; return; }
    diff -r -q -- "$1" "$2" >/dev/null 2>&1 || { echo bytes; return; }
    local n
    n=$(rsync -r -t -n --modify-window=1 --itemize-changes -- "$1/" "$2/" 2>&1 | grep -v '^\.d' | grep -c .)
    if ((n == 0)); then echo ok; else echo times; fi
}
ok_exit() { # TOOL RC: Robocopy's codes 0-7 are success (1 = files copied), 8 and up failure
    if [[ $1 == syncopate || $1 == baseline ]]; then (($2 < 8)); else (($2 == 0)); fi
}
# timed SCENARIO TOOL ROUND LOCAL SERVER-DIR CMD...: time CMD, then check SERVER-DIR against LOCAL
timed() {
    local scenario=$1 tool=$2 round=$3 src=$4 dst=$5; shift 5
    local t0 t1 rc v secs logf=$BENCH_DIR/logs/$scenario-$tool-$round.log
    # The previous tool's writes reach the disk before this one starts, not during it: Syncopate
    # runs first in every round, right after the last round's 1 GiB copies, and took their
    # writeback (its SMB copy read 1.16-1.18x the baseline in that slot, 1.0x in the other order).
    sync
    t0=$(date +%s%N)
    "$@" >"$logf" 2>&1 </dev/null
    rc=$?
    t1=$(date +%s%N)
    secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
    if ok_exit "$tool" "$rc"; then v=$(check "$src" "$dst"); else v=failed; fi
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$scenario" "$tool" "$round" "$secs" "$rc" "$v" >>"$RAW"
    log "$scenario $tool round $round: $secs s, exit $rc, check $v"
    [[ $v == ok || $tool:$v == smbclient:times ]] || log "  see $logf"
}
server_dir() { mkdir -p -- "$1" && chown "$USER_NAME:" "$1"; }   # for tools that need it to exist
done_large() { ((LARGE_DELETE)) && rm -rf -- "$1"; return 0; }

for round in $(seq 1 "$RUNS"); do
    if want sftp-copy; then
        d_syn=$SRV/sftp-syn-$round; d_rcl=$SRV/sftp-rclone-$round; d_rsync=$SRV/sftp-rsync-$round
        d_base=$SRV/sftp-base-$round
        timed sftp-copy syncopate "$round" "$SRC" "$d_syn" \
            "$SYN" robocopy "$SRC" "$SFTP_URL$d_syn" "${ROBO_FLAGS[@]}" /CRED:ssh "/CREDFILE:$CRED"
        [[ -n $BASELINE ]] && timed sftp-copy baseline "$round" "$SRC" "$d_base" \
            "$BASELINE" robocopy "$SRC" "$SFTP_URL$d_base" "${ROBO_FLAGS[@]}" /CRED:ssh "/CREDFILE:$CRED"
        ((HAVE_RCLONE)) && timed sftp-copy rclone "$round" "$SRC" "$d_rcl" \
            rclone copy "$SRC" "bsftp:$d_rcl" "${RCLONE_SFTP_FLAGS[@]}"
        timed sftp-copy rsync "$round" "$SRC" "$d_rsync" \
            rsync -a -e "$SSH_CMD" "$SRC/" "$USER_NAME@127.0.0.1:$d_rsync/"
        if want sftp-noop; then
            timed sftp-noop syncopate "$round" "$SRC" "$d_syn" \
                "$SYN" robocopy "$SRC" "$SFTP_URL$d_syn" "${ROBO_FLAGS[@]}" /CRED:ssh "/CREDFILE:$CRED"
            [[ -n $BASELINE ]] && timed sftp-noop baseline "$round" "$SRC" "$d_base" \
                "$BASELINE" robocopy "$SRC" "$SFTP_URL$d_base" "${ROBO_FLAGS[@]}" /CRED:ssh "/CREDFILE:$CRED"
            ((HAVE_RCLONE)) && timed sftp-noop rclone "$round" "$SRC" "$d_rcl" \
                rclone copy "$SRC" "bsftp:$d_rcl" "${RCLONE_SFTP_FLAGS[@]}"
            timed sftp-noop rsync "$round" "$SRC" "$d_rsync" \
                rsync -a -e "$SSH_CMD" "$SRC/" "$USER_NAME@127.0.0.1:$d_rsync/"
        fi
    fi

    if want smb-copy; then
        s_syn=smb-syn-$round; s_rcl=smb-rclone-$round; s_cli=smb-cli-$round; s_base=smb-base-$round
        timed smb-copy syncopate "$round" "$SRC" "$SRV/$s_syn" \
            "$SYN" robocopy "$SRC" "$SMB_URL/$s_syn" "${ROBO_FLAGS[@]}" /CRED:smb "/CREDFILE:$CRED"
        [[ -n $BASELINE ]] && timed smb-copy baseline "$round" "$SRC" "$SRV/$s_base" \
            "$BASELINE" robocopy "$SRC" "$SMB_URL/$s_base" "${ROBO_FLAGS[@]}" /CRED:smb "/CREDFILE:$CRED"
        ((HAVE_RCLONE)) && timed smb-copy rclone "$round" "$SRC" "$SRV/$s_rcl" \
            rclone copy "$SRC" "bsmb:data/$s_rcl" "${RCLONE_FLAGS[@]}"
        server_dir "$SRV/$s_cli"
        timed smb-copy smbclient "$round" "$SRC" "$SRV/$s_cli" \
            "${SMB_CLIENT[@]}" -D "$s_cli" -c "lcd $SRC; recurse on; prompt off; mput *"
        if want smb-noop; then
            timed smb-noop syncopate "$round" "$SRC" "$SRV/$s_syn" \
                "$SYN" robocopy "$SRC" "$SMB_URL/$s_syn" "${ROBO_FLAGS[@]}" /CRED:smb "/CREDFILE:$CRED"
            [[ -n $BASELINE ]] && timed smb-noop baseline "$round" "$SRC" "$SRV/$s_base" \
                "$BASELINE" robocopy "$SRC" "$SMB_URL/$s_base" "${ROBO_FLAGS[@]}" /CRED:smb "/CREDFILE:$CRED"
            ((HAVE_RCLONE)) && timed smb-noop rclone "$round" "$SRC" "$SRV/$s_rcl" \
                rclone copy "$SRC" "bsmb:data/$s_rcl" "${RCLONE_FLAGS[@]}"
        fi
    fi

    if want sftp-large; then
        d=$SRV/sftp-large-syn-$round
        timed sftp-large syncopate "$round" "$LARGE" "$d" \
            "$SYN" robocopy "$LARGE" "$SFTP_URL$d" "${ROBO_FLAGS[@]}" /CRED:ssh "/CREDFILE:$CRED"
        done_large "$d"
        if [[ -n $BASELINE ]]; then
            d=$SRV/sftp-large-base-$round
            timed sftp-large baseline "$round" "$LARGE" "$d" \
                "$BASELINE" robocopy "$LARGE" "$SFTP_URL$d" "${ROBO_FLAGS[@]}" /CRED:ssh "/CREDFILE:$CRED"
            done_large "$d"
        fi
        if ((HAVE_SCP)); then
            # -p keeps the mtime, as the others do; OpenSSH 9's scp speaks SFTP to the server
            d=$SRV/sftp-large-scp-$round
            server_dir "$d"
            timed sftp-large scp "$round" "$LARGE" "$d" \
                scp -q -p -P "$SSH_PORT" "${SSH_OPTS[@]}" "$LARGE/$LARGE_NAME" "$USER_NAME@127.0.0.1:$d/"
            done_large "$d"
        fi
        if ((HAVE_RCLONE)); then
            d=$SRV/sftp-large-rclone-$round
            timed sftp-large rclone "$round" "$LARGE" "$d" rclone copy "$LARGE" "bsftp:$d" "${RCLONE_SFTP_FLAGS[@]}"
            done_large "$d"
        fi
        d=$SRV/sftp-large-rsync-$round
        timed sftp-large rsync "$round" "$LARGE" "$d" rsync -a -e "$SSH_CMD" "$LARGE/" "$USER_NAME@127.0.0.1:$d/"
        done_large "$d"
    fi

    if want smb-large; then
        s=smb-large-syn-$round
        timed smb-large syncopate "$round" "$LARGE" "$SRV/$s" \
            "$SYN" robocopy "$LARGE" "$SMB_URL/$s" "${ROBO_FLAGS[@]}" /CRED:smb "/CREDFILE:$CRED"
        done_large "$SRV/$s"
        if [[ -n $BASELINE ]]; then
            s=smb-large-base-$round
            timed smb-large baseline "$round" "$LARGE" "$SRV/$s" \
                "$BASELINE" robocopy "$LARGE" "$SMB_URL/$s" "${ROBO_FLAGS[@]}" /CRED:smb "/CREDFILE:$CRED"
            done_large "$SRV/$s"
        fi
        if ((HAVE_RCLONE)); then
            s=smb-large-rclone-$round
            timed smb-large rclone "$round" "$LARGE" "$SRV/$s" rclone copy "$LARGE" "bsmb:data/$s" "${RCLONE_FLAGS[@]}"
            done_large "$SRV/$s"
        fi
        s=smb-large-cli-$round
        server_dir "$SRV/$s"
        timed smb-large smbclient "$round" "$LARGE" "$SRV/$s" \
            "${SMB_CLIENT[@]}" -D "$s" -c "lcd $LARGE; put $LARGE_NAME"
        done_large "$SRV/$s"
    fi
done

# ---- report -----------------------------------------------------------------------------------
# Like bench/run.sh's: a time column per tool that took part, then syncopate/X for every other
# tool X (median of the per-round ratios, min-max). Large-file cells add MB/s (10^6 bytes/s).
REPORT=$BENCH_DIR/report.md
{
    echo "# Syncopate remote benchmark $(date -u +%Y-%m-%dT%H:%MZ)"
    echo
    echo "- machine: $(nproc) cores, kernel $(uname -r); servers on 127.0.0.1: sshd ($(ssh -V 2>&1), internal-sftp), smbd $(/usr/sbin/smbd --version 2>/dev/null | sed 's/^Version //')"
    echo "- syncopate: $SYN_VERSION (commit $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo '?')), robocopy ${ROBO_FLAGS[*]}"
    [[ -n $BASELINE ]] && echo "- baseline: $BASE_VERSION (commit $(git -C "$(dirname -- "$(dirname -- "$BASELINE")")" rev-parse --short HEAD 2>/dev/null || echo '?')), $BASELINE, the same command lines"
    if ((HAVE_RCLONE)); then
        echo "- rclone: $(rclone version 2>/dev/null | sed -n 1p), copy ${RCLONE_SFTP_FLAGS[*]} (the last for SFTP only)"
    else
        echo "- rclone: not installed (apt-get update && apt-get install -y rclone), left out"
    fi
    echo "- rsync: $(rsync --version 2>/dev/null | sed -n 1p), -a -e ssh; smbclient $(smbclient --version 2>/dev/null | sed 's/^Version //'); scp -p"
    { want sftp-copy || want smb-copy; } && echo "- tree: $FILES files of 1-64 KiB in 20 dirs, $((SRC_KIB / 1024)) MiB"
    { want sftp-large || want smb-large; } && echo "- large file: one of $LARGE_MIB MiB (random bytes)"
    echo "- sources warm (just written); every copy into a fresh server directory, checked after it (bytes and mtimes)"
    echo
    python3 - "$RAW" "$RUNS" "$LARGE_BYTES" <<'PY' || echo "(the report could not be made; see $RAW)"
import csv, statistics, sys
raw, runs, large_bytes = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rows = list(csv.DictReader(open(raw), delimiter="\t"))
if not rows:
    print("No measurements.")
    sys.exit(0)
names = {"sftp-copy": "SFTP first copy", "sftp-noop": "SFTP no-op", "smb-copy": "SMB first copy",
         "smb-noop": "SMB no-op", "sftp-large": "SFTP one large file", "smb-large": "SMB one large file"}
tools = [t for t in ("syncopate", "baseline", "rclone", "rsync", "scp", "smbclient") if any(r["tool"] == t for r in rows)]
tools += sorted({r["tool"] for r in rows} - set(tools))
pairs_cols = [("syncopate", x) for x in tools if x != "syncopate" and "syncopate" in tools]
def good(r):   # succeeded with the source's bytes and mtimes; smbclient sets no mtimes
    return r["verify"] == "ok" or (r["verify"] == "times" and r["tool"] == "smbclient")
scens = []
for r in rows:
    if r["scenario"] not in scens:
        scens.append(r["scenario"])
head = ["scenario"] + tools + [f"{a}/{b}" for a, b in pairs_cols]
print("| " + " | ".join(head) + " |")
print("|" + "---|" * len(head))
times_note = False
for sc in scens:
    sel = [r for r in rows if r["scenario"] == sc]
    t = {k: [r for r in sel if r["tool"] == k] for k in tools}
    by_round = {k: {r["round"]: float(r["seconds"]) for r in v if good(r)} for k, v in t.items()}
    large = sc.endswith("-large")
    cells = [names.get(sc, sc)]
    for k in tools:
        if not t[k]:
            cells.append("—")   # did not take part in this scenario
            continue
        xs = list(by_round[k].values())
        fails = len(t[k]) - len(xs)
        if not xs:
            c = "n/a"
        else:
            m = statistics.median(xs)
            c = f"{m:.2f} s" if m < 10 else f"{m:.1f} s"
            if large and m > 0:
                c += f", {large_bytes / 1e6 / m:.0f} MB/s"
        if any(r["verify"] == "times" for r in t[k] if good(r)):
            times_note = True
            c += " *"
        cells.append(c + (f" ({fails} failed)" if fails else ""))
    for a, b in pairs_cols:
        if not t[a] or not t[b]:
            cells.append("—")
            continue
        ps = [by_round[a][k] / by_round[b][k] for k in by_round[a] if k in by_round[b] and by_round[b][k] > 0]
        cells.append("n/a" if not ps else f"{statistics.median(ps):.2f}" +
                     (f" ({min(ps):.2f}-{max(ps):.2f})" if len(ps) > 1 else ""))
    print("| " + " | ".join(cells) + " |")
print()
print(f"Medians of {runs} round{'s' if runs != 1 else ''} (whole processes, JVM start included), "
      "failed runs left out and counted in their cells; each syncopate/X column is the median of the "
      "per-round ratios A/B (min-max with several rounds): below 1, Syncopate is faster. "
      "— : the tool does not take part in that scenario; n/a: none of its runs succeeded. "
      "MB/s = 10^6 bytes per second of the whole process."
      + (" * : mtimes not kept (smbclient put does not set them)." if times_note else ""))
bad = [r for r in rows if not good(r)]
if bad:
    print("\nFailed: " + ", ".join(f"{r['scenario']}/{r['tool']}#{r['round']} (exit {r['exit']}, check {r['verify']})"
                                   for r in bad))
PY
} >"$REPORT"
echo
cat "$REPORT"
log "report in $REPORT, raw numbers in $RAW, tool output in $BENCH_DIR/logs"
