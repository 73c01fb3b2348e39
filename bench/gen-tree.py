#!/usr/bin/env python3
"""Seeded, deterministic test trees for the Syncopate benchmarks.

    gen-tree.py small  DIR   100,000 files of 1-16 KiB: 50 top dirs x 40 subdirs x 50 files
    gen-tree.py large  DIR   20 files of 100 MiB
    gen-tree.py mixed  DIR   10,000 files of 4 KiB-4 MiB (log-uniform): 10 x 10 dirs x 100 files
    gen-tree.py empty  DIR   1,000,000 empty files: 100 top dirs x 10 subdirs x 1,000 files (a walk)
    gen-tree.py mutate DIR   rewrite 1% of the files (new content, mtime +1 h), delete 0.5%,
                             add 0.5% new files (sizes drawn from the tree's own files)

Options: --seed N (default 42; the same seed gives the same names, sizes, bytes and mtimes),
--force (generate into a DIR that is not empty), --quiet.

File contents are slices of one seeded, incompressible 64 MiB pool, so generation costs little
more than the writes themselves. Every generated file gets a fixed mtime (2024-01-01 plus a
seeded offset), so two trees generated with one seed are identical but for directory mtimes.
"""

import argparse
import os
import random
import sys
import time

KIB = 1024
MIB = 1024 * KIB
POOL_SIZE = 64 * MIB
EPOCH = 1704067200  # 2024-01-01T00:00:00Z
EXTENSIONS = (".dat", ".dat", ".dat", ".txt", ".log", ".bin", ".csv", ".tmp")


class Pool:
    """A seeded block of random bytes; files are written from slices of it."""

    def __init__(self, rng):
        self.data = memoryview(rng.randbytes(POOL_SIZE))
        self.rng = rng

    def write(self, path, size, exclusive=True):
        flags = os.O_WRONLY | os.O_CREAT | (os.O_EXCL if exclusive else os.O_TRUNC)
        fd = os.open(path, flags, 0o644)
        try:
            left = size
            while left > 0:
                n = min(left, 4 * MIB)
                off = self.rng.randrange(0, POOL_SIZE - n + 1)
                chunk = self.data[off:off + n]
                while chunk:
                    w = os.write(fd, chunk)
                    chunk = chunk[w:]
                left -= n
        finally:
            os.close(fd)


def set_mtime(path, rng):
    t = EPOCH + rng.randrange(0, 180 * 86400)
    os.utime(path, (t, t))


def ensure_empty(d, force):
    if os.path.isdir(d):
        if os.listdir(d) and not force:
            sys.exit(f"gen-tree: {d} is not empty (use --force to write into it anyway)")
    else:
        os.makedirs(d)


def gen_small(d, rng, pool, log):
    n = 0
    total = 0
    for top in range(50):
        for sub in range(40):
            sd = os.path.join(d, f"d{top:02d}", f"s{sub:02d}")
            os.makedirs(sd, exist_ok=True)
            for i in range(50):
                size = rng.randint(1 * KIB, 16 * KIB)
                ext = rng.choice(EXTENSIONS)
                p = os.path.join(sd, f"f{n:06d}{ext}")
                pool.write(p, size)
                set_mtime(p, rng)
                n += 1
                total += size
        log(f"  {n} files")
    return n, total


def gen_large(d, rng, pool, log):
    total = 0
    for i in range(20):
        p = os.path.join(d, f"large{i:02d}.bin")
        pool.write(p, 100 * MIB)
        set_mtime(p, rng)
        total += 100 * MIB
        log(f"  {i + 1} files")
    return 20, total


def log_uniform(rng, lo, hi):
    return int(round(lo * (hi / lo) ** rng.random()))


def gen_mixed(d, rng, pool, log):
    n = 0
    total = 0
    for top in range(10):
        for sub in range(10):
            sd = os.path.join(d, f"m{top:02d}", f"n{sub:02d}")
            os.makedirs(sd, exist_ok=True)
            for i in range(100):
                size = log_uniform(rng, 4 * KIB, 4 * MIB)
                ext = rng.choice(EXTENSIONS)
                p = os.path.join(sd, f"g{n:05d}{ext}")
                pool.write(p, size)
                set_mtime(p, rng)
                n += 1
                total += size
        log(f"  {n} files")
    return n, total


def gen_empty(d, rng, pool, log):
    n = 0
    for top in range(100):
        for sub in range(10):
            sd = os.path.join(d, f"e{top:02d}", f"t{sub}")
            os.makedirs(sd, exist_ok=True)
            for i in range(1000):
                p = os.path.join(sd, f"z{n:07d}{rng.choice(EXTENSIONS)}")
                os.close(os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
                set_mtime(p, rng)
                n += 1
        if (top + 1) % 10 == 0:
            log(f"  {n} files")
    return n, 0


def list_files(d):
    out = []
    for root, dirs, files in os.walk(d):
        dirs.sort()
        for f in sorted(files):
            out.append(os.path.join(root, f))
    return out


def mutate(d, rng, pool, log):
    if not os.path.isdir(d):
        sys.exit(f"gen-tree: {d} is not a directory")
    files = list_files(d)
    if not files:
        sys.exit(f"gen-tree: {d} has no files to mutate")
    n = len(files)
    n_change = max(1, n // 100)
    n_delete = max(1, n // 200)
    n_add = max(1, n // 200)
    picked = rng.sample(files, min(n, n_change + n_delete))
    changed, deleted = picked[:n_change], picked[n_change:]
    sizes = [os.stat(p).st_size for p in rng.sample(files, min(n, 1000))]
    changed_bytes = 0
    for i, p in enumerate(changed):
        st = os.stat(p)
        # half keep their size (only content and mtime differ), half change size too
        size = st.st_size if i % 2 == 0 else rng.choice(sizes)
        pool.write(p, size, exclusive=False)
        t = int(st.st_mtime) + 3600
        os.utime(p, (t, t))
        changed_bytes += size
    for p in deleted:
        os.unlink(p)
    dirs = sorted({os.path.dirname(p) for p in files})
    added_bytes = 0
    k = 0
    added = 0
    while added < n_add:
        sd = rng.choice(dirs)
        p = os.path.join(sd, f"new{rng.getrandbits(32):08x}_{k:05d}.dat")
        k += 1
        if os.path.exists(p):
            continue
        size = rng.choice(sizes)
        pool.write(p, size)
        set_mtime(p, rng)
        added_bytes += size
        added += 1
    log(f"  changed {len(changed)} ({changed_bytes} bytes), deleted {len(deleted)}, "
        f"added {added} ({added_bytes} bytes) of {n} files")
    return len(changed) + added, changed_bytes + added_bytes


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("profile", choices=("small", "large", "mixed", "empty", "mutate"))
    ap.add_argument("dir")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--force", action="store_true")
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args()

    def log(msg):
        if not a.quiet:
            print(msg, file=sys.stderr, flush=True)

    # the profile name is part of the seed, so "mutate" never replays a generator's choices
    rng = random.Random(f"{a.seed}:{a.profile}")
    t0 = time.monotonic()
    # the empty tree writes no bytes: no pool to fill
    pool = Pool(rng) if a.profile not in ("empty",) else None
    if a.profile == "mutate":
        n, total = mutate(a.dir, rng, pool, log)
    else:
        ensure_empty(a.dir, a.force)
        n, total = {"small": gen_small, "large": gen_large, "mixed": gen_mixed, "empty": gen_empty}[a.profile](
            a.dir, rng, pool, log)
    log(f"gen-tree {a.profile}: {n} files, {total / MIB:.1f} MiB written in "
        f"{time.monotonic() - t0:.1f} s into {a.dir}")


if __name__ == "__main__":
    main()
