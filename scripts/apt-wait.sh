# Sourced by the scripts that install Debian packages: apt_get ARGS... runs apt-get quietly and
# without questions, and when another package manager (apt, unattended-upgrades, a software
# centre) holds the package lock it says so and waits for it, up to a limit, as apt's own
# DPkg::Lock::Timeout does, instead of failing at once.
#
#   APT_WAIT_SECONDS   the longest wait for the lock (default 600)
#   DPKG_LOCK          the lock apt and dpkg take (default /var/lib/dpkg/lock-frontend)

APT_WAIT_SECONDS=${APT_WAIT_SECONDS:-600}
DPKG_LOCK=${DPKG_LOCK:-/var/lib/dpkg/lock-frontend}

dpkg_lock_holder() { # print "PID (NAME)" of the process holding the package lock, if any
    [ -e "$DPKG_LOCK" ] || return 0
    python3 - "$DPKG_LOCK" <<'PY' 2>/dev/null || true
import fcntl, os, struct, sys
# struct flock on Linux: l_type, l_whence (short), l_start, l_len (off_t), l_pid (pid_t)
layout = "hhqqi4x"
handle = os.open(sys.argv[1], os.O_RDONLY)
probe = struct.pack(layout, fcntl.F_WRLCK, os.SEEK_SET, 0, 0, 0)
kind, _whence, _start, _length, pid = struct.unpack(layout, fcntl.fcntl(handle, fcntl.F_GETLK, probe))
if kind != fcntl.F_UNLCK:
    try:
        with open(f"/proc/{pid}/comm", encoding="utf-8") as comm:
            name = comm.read().strip()
    except OSError:
        name = "unknown"
    print(f"{pid} ({name})")
PY
}

apt_get() { # apt-get ARGS..., waiting for a package lock another program holds
    local holder status=0 minutes=$(((APT_WAIT_SECONDS + 59) / 60))
    holder=$(dpkg_lock_holder)
    if [ -n "$holder" ]; then
        echo "Another package manager, process $holder, is installing packages; waiting for it" \
            "to finish (at most $minutes min)..." >&2
    fi
    DEBIAN_FRONTEND=noninteractive apt-get -o "DPkg::Lock::Timeout=$APT_WAIT_SECONDS" "$@" \
        || status=$?
    if [ "$status" != 0 ]; then
        holder=$(dpkg_lock_holder)
        if [ -n "$holder" ]; then
            echo "apt-get gave up: process $holder still held the package lock after" \
                "$minutes min; run this again once it has finished" >&2
        fi
    fi
    return "$status"
}
