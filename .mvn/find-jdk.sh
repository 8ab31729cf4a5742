# shellcheck shell=sh
# Sourced by ./mvnw and ./cora: sets JAVA_HOME to a JDK of 21 or newer.
# Order: JAVA_HOME if it is new enough, then the JDK behind `java` on the PATH,
# then the usual install places (the newest wins). With none, stop and say what to install.
cora_jdk_major() {
  # Prints the major version of the JDK at $1, or nothing when it is not a JDK.
  [ -x "$1/bin/javac" ] || return 0
  if [ -f "$1/release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" | head -n 1
  fi
}
cora_find_jdk() {
  cora_min=21
  if [ -n "${JAVA_HOME-}" ]; then
    cora_v=$(cora_jdk_major "$JAVA_HOME")
    if [ -n "$cora_v" ] && [ "$cora_v" -ge "$cora_min" ]; then return 0; fi
  fi
  cora_candidates=""
  if command -v java >/dev/null 2>&1 && command -v readlink >/dev/null 2>&1; then
    cora_java=$(readlink -f "$(command -v java)" 2>/dev/null || true)
    [ -z "$cora_java" ] || cora_candidates="${cora_java%/bin/java}"
  fi
  case $- in *f*) cora_noglob=1 ;; *) cora_noglob=0 ;; esac
  set +f
  for cora_dir in /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/lib/jvm/* \
                  "${HOME-}"/.sdkman/candidates/java/* "${HOME-}"/.jdks/* \
                  /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    if [ -d "$cora_dir" ]; then cora_candidates="$cora_candidates
$cora_dir"; fi
  done
  [ "$cora_noglob" = 0 ] || set -f
  cora_best="" cora_best_v=0
  cora_old_ifs=$IFS
  IFS='
'
  for cora_dir in $cora_candidates; do
    cora_v=$(cora_jdk_major "$cora_dir")
    if [ -n "$cora_v" ] && [ "$cora_v" -ge "$cora_min" ] && [ "$cora_v" -gt "$cora_best_v" ]; then
      cora_best=$cora_dir cora_best_v=$cora_v
    fi
  done
  IFS=$cora_old_ifs
  if [ -z "$cora_best" ]; then
    echo "Cora needs a JDK of $cora_min or newer and found none (JAVA_HOME='${JAVA_HOME-}', java on PATH, /usr/lib/jvm)." >&2
    echo "Install one, for example: apt-get install -y openjdk-21-jdk-headless (Debian 13) or a Temurin 21/25 JDK, or set JAVA_HOME to it." >&2
    exit 1
  fi
  JAVA_HOME=$cora_best
  export JAVA_HOME
}
cora_find_jdk
