# shellcheck shell=sh
# find-java.sh - locate a Java runtime new enough for Syncopate.
#
# Sourced (". find-java.sh") by scripts/syncopate and scripts/test; never run on its own.
# POSIX sh (dash, busybox ash, bash --posix). Only "_sj_"-prefixed names are used for
# helpers and scratch variables; the results are:
#
#   syncopate_find_java        returns 0 and sets
#       SJ_JAVA          the java executable           /usr/lib/jvm/temurin-25-jdk-amd64/bin/java
#       SJ_JAVA_HOME     its home directory            /usr/lib/jvm/temurin-25-jdk-amd64
#       SJ_JAVA_VERSION  its version string            25.0.3
#   or returns 1 when no Java >= $SYNCOPATE_MIN_JAVA (default 21) was found.
#
# Order: $JAVA_HOME (if its java is new enough), then `java` on PATH, then the newest JDK under
# the usual install roots:
#   /usr/lib/jvm /usr/java /opt/java /opt /Library/Java/JavaVirtualMachines (*/Contents/Home)
#   ~/.sdkman/candidates/java ~/.jdks
# SYNCOPATE_JAVA_SEARCH (colon-separated roots) replaces that list; the tests use it to
# simulate a machine without a JDK.
#
# A version is read from the JDK's `release` file (JAVA_VERSION="25.0.1") when there is one,
# which costs no process; otherwise from `java -version`.
#
#   syncopate_utf8_locale      exports LC_ALL=C.UTF-8 when the locale's charset is not UTF-8
#                              (unless SYNCOPATE_KEEP_LOCALE=1); see the function.

# _sj_realpath PATH: follow symlinks; sets _sj_real to an absolute, symlink-free path.
_sj_realpath() {
    _sj_p=$1
    while [ -L "$_sj_p" ]; do
        _sj_l=$(readlink -- "$_sj_p") || break
        case $_sj_l in
            /*) _sj_p=$_sj_l ;;
            *) case $_sj_p in
                   */*) _sj_p=${_sj_p%/*}/$_sj_l ;;
                   *) _sj_p=$_sj_l ;;
               esac ;;
        esac
    done
    case $_sj_p in
        */*) _sj_d=${_sj_p%/*}; _sj_b=${_sj_p##*/} ;;
        *) _sj_d=.; _sj_b=$_sj_p ;;
    esac
    [ -n "$_sj_d" ] || _sj_d=/
    _sj_d=$(cd -P -- "$_sj_d" 2>/dev/null && pwd -P) || return 1
    case $_sj_d in
        /) _sj_real=/$_sj_b ;;
        *) _sj_real=$_sj_d/$_sj_b ;;
    esac
}

# _sj_num STR: strip leading zeros so sh arithmetic never reads octal; sets _sj_n.
_sj_num() {
    _sj_n=$1
    while :; do
        case $_sj_n in
            0?*) _sj_n=${_sj_n#0} ;;
            *) break ;;
        esac
    done
    case $_sj_n in
        '' | *[!0-9]*) _sj_n=0 ;;
    esac
    # at most 6 digits per component keeps the key inside 64-bit arithmetic
    [ ${#_sj_n} -le 6 ] || _sj_n=999999
}

# _sj_key VERSION: sets _sj_major and _sj_keyval (comparable integer), or returns 1.
# Accepts 25.0.3, 21, 21-ea, 21.0.2+13, 1.8.0_402.
_sj_key() {
    _sj_v=$1
    case $_sj_v in 1.*) _sj_v=${_sj_v#1.} ;; esac
    _sj_a=${_sj_v%%[!0-9]*}
    [ -n "$_sj_a" ] || return 1
    _sj_v=${_sj_v#"$_sj_a"}
    _sj_b=
    _sj_c=
    case $_sj_v in
        .[0-9]*)
            _sj_v=${_sj_v#.}
            _sj_b=${_sj_v%%[!0-9]*}
            _sj_v=${_sj_v#"$_sj_b"}
            case $_sj_v in
                .[0-9]*) _sj_v=${_sj_v#.}; _sj_c=${_sj_v%%[!0-9]*} ;;
            esac ;;
    esac
    _sj_num "$_sj_a"; _sj_major=$_sj_n
    _sj_num "$_sj_b"; _sj_b=$_sj_n
    _sj_num "$_sj_c"; _sj_c=$_sj_n
    _sj_keyval=$(( (_sj_major * 1000 + _sj_b) * 1000000 + _sj_c ))
}

# _sj_version HOME JAVA: sets _sj_ver from HOME/release, else from `JAVA -version`.
_sj_version() {
    _sj_ver=
    if [ -f "$1/release" ] && [ -r "$1/release" ]; then
        while IFS= read -r _sj_line || [ -n "$_sj_line" ]; do
            case $_sj_line in
                JAVA_VERSION=*)
                    _sj_ver=${_sj_line#JAVA_VERSION=}
                    _sj_ver=${_sj_ver#\"}
                    _sj_ver=${_sj_ver%%\"*}
                    break ;;
            esac
        done < "$1/release"
    fi
    if [ -z "$_sj_ver" ]; then
        # e.g.  openjdk version "21.0.2" 2024-01-16   /   java version "1.8.0_402"
        _sj_out=$("$2" -version 2>&1 </dev/null) || return 1
        case $_sj_out in
            *version\ \"*) _sj_ver=${_sj_out#*version \"}; _sj_ver=${_sj_ver%%\"*} ;;
            *) return 1 ;;
        esac
    fi
    [ -n "$_sj_ver" ]
}

# _sj_check JAVA_EXECUTABLE: accept it if it is new enough (sets the SJ_* results).
_sj_check() {
    [ -x "$1" ] && [ ! -d "$1" ] || return 1
    _sj_realpath "$1" || return 1
    _sj_h=${_sj_real%/bin/java}
    # a JRE 8 layout (jre/bin/java) has its release file one level up
    case $_sj_h in */jre) [ -f "$_sj_h/release" ] || _sj_h=${_sj_h%/jre} ;; esac
    _sj_version "$_sj_h" "$_sj_real" || return 1
    _sj_key "$_sj_ver" || return 1
    [ "$_sj_major" -ge "${SYNCOPATE_MIN_JAVA:-21}" ] || return 1
    SJ_JAVA=$_sj_real
    SJ_JAVA_HOME=$_sj_h
    SJ_JAVA_VERSION=$_sj_ver
    _sj_best=$_sj_keyval
}

# _sj_consider HOME: remember HOME if it holds a new-enough java newer than the best so far.
_sj_consider() {
    _sj_cand=$1
    if [ ! -x "$_sj_cand/bin/java" ] && [ -x "$_sj_cand/Contents/Home/bin/java" ]; then
        _sj_cand=$_sj_cand/Contents/Home
    fi
    [ -x "$_sj_cand/bin/java" ] || return 0
    _sj_version "$_sj_cand" "$_sj_cand/bin/java" || return 0
    _sj_key "$_sj_ver" || return 0
    [ "$_sj_major" -ge "${SYNCOPATE_MIN_JAVA:-21}" ] || return 0
    [ "$_sj_keyval" -gt "$_sj_best" ] || return 0
    _sj_best=$_sj_keyval
    _sj_realpath "$_sj_cand/bin/java" || return 0
    SJ_JAVA=$_sj_real
    SJ_JAVA_HOME=${_sj_real%/bin/java}
    SJ_JAVA_VERSION=$_sj_ver
}

# shellcheck disable=SC2034 # results for the sourcing script
syncopate_find_java() {
    SJ_JAVA=
    SJ_JAVA_HOME=
    SJ_JAVA_VERSION=
    _sj_best=0

    if [ -n "${JAVA_HOME:-}" ] && _sj_check "$JAVA_HOME/bin/java"; then
        return 0
    fi
    _sj_pj=$(command -v java 2>/dev/null) || _sj_pj=
    case $_sj_pj in
        /*) _sj_check "$_sj_pj" && return 0 ;;
    esac

    if [ -n "${SYNCOPATE_JAVA_SEARCH+set}" ]; then
        _sj_roots=$SYNCOPATE_JAVA_SEARCH
    else
        _sj_roots=/usr/lib/jvm:/usr/java:/opt/java:/opt:/Library/Java/JavaVirtualMachines
        if [ -n "${HOME:-}" ]; then
            _sj_roots=$_sj_roots:$HOME/.sdkman/candidates/java:$HOME/.jdks
        fi
    fi
    # split the roots on ':' only, without globbing (these are a function's own "$@")
    _sj_ifs=$IFS
    case $- in *f*) _sj_noglob=1 ;; *) _sj_noglob= ;; esac
    IFS=:
    set -f
    # shellcheck disable=SC2086
    set -- $_sj_roots
    [ -n "$_sj_noglob" ] || set +f
    IFS=$_sj_ifs
    for _sj_root in "$@"; do
        [ -d "$_sj_root" ] || continue
        _sj_consider "$_sj_root"
        for _sj_dir in "$_sj_root"/*; do
            [ -d "$_sj_dir" ] && _sj_consider "$_sj_dir"
        done
    done
    [ -n "$SJ_JAVA" ]
}

# Java decodes and encodes file names with the locale's charset (sun.jnu.encoding). Under cron,
# systemd, CI or `env -i` the locale is "C"/POSIX (ASCII), and a LANG naming a locale that is
# not installed falls back to it: every non-ASCII name then turns into '?' and cannot be opened
# (InvalidPathException: Malformed input or input contains unmappable characters). When the
# effective charset is not UTF-8, run the JVM in C.UTF-8. LC_ALL, not LC_CTYPE: the JVM takes
# the locale only when every category is valid, so LC_CTYPE alone does not mend a broken LANG.
syncopate_utf8_locale() {
    [ "${SYNCOPATE_KEEP_LOCALE:-0}" != 1 ] || return 0
    _sj_charmap=$(locale charmap 2>/dev/null) || _sj_charmap=
    case $_sj_charmap in
        '' | [Uu][Tt][Ff]-8 | [Uu][Tt][Ff]8) ;;
        *)
            LC_ALL=C.UTF-8
            export LC_ALL
            ;;
    esac
}
