#!/bin/sh
# run-short.sh: a short libFuzzer run of every target, for the test suite.
# Builds the targets with clang, ASan and UBSan into BUILD_ROOT/fuzz (once;
# later runs only rebuild what changed), then runs each for
# LECTERN_FUZZ_SECONDS (default 5) from its committed seeds. A crash, a leak
# or undefined behaviour fails the test. The random seed is fixed
# (LECTERN_FUZZ_SEED, default 1) so that the suite gives the same answer on
# every run: a slower machine walks a prefix of the same inputs. Searching
# for new bugs with fresh seeds is the long run of README.md. Skipped (77)
# without clang or libFuzzer.
#
#   run-short.sh SOURCE_ROOT BUILD_ROOT
set -u

SRC=$1
BUILD=$2/fuzz
SECONDS_EACH=${LECTERN_FUZZ_SECONDS:-5}
SEED=${LECTERN_FUZZ_SEED:-1}

command -v clang >/dev/null 2>&1 || { echo "SKIP: clang is missing"; exit 77; }
probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
printf 'int LLVMFuzzerTestOneInput(const unsigned char *d, unsigned long n) { return 0; }\n' \
  >"$probe/p.c"
clang -fsanitize=fuzzer,address,undefined "$probe/p.c" -o "$probe/p" >/dev/null 2>&1 \
  || { echo "SKIP: clang cannot link libFuzzer (libclang-rt-14-dev)"; exit 77; }

if [ ! -f "$BUILD/build.ninja" ]; then
  CC=clang meson setup "$BUILD" "$SRC" -Dfuzz=true -Dgui=disabled \
    -Db_sanitize=address,undefined -Db_lundef=false -Dbuildtype=debugoptimized \
    >"$probe/setup.log" 2>&1 || { cat "$probe/setup.log"; exit 1; }
fi
ninja -C "$BUILD" tests/fuzz/fuzz-extractor tests/fuzz/fuzz-model tests/fuzz/fuzz-notes \
  tests/fuzz/fuzz-import tests/fuzz/fuzz-export tests/fuzz/fuzz-html tests/fuzz/fuzz-epub \
  tests/fuzz/fuzz-quotes >"$probe/build.log" 2>&1 \
  || { tail -40 "$probe/build.log"; exit 1; }

export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export ASAN_OPTIONS=detect_leaks=1
export LSAN_OPTIONS=suppressions=$SRC/tests/lsan.supp
export LECTERN_MODEL=$SRC/data/entities.model
export G_DEBUG=fatal-criticals

status=0
for target in extractor model notes import export html epub quotes; do
  corpus="$probe/corpus-$target"
  mkdir -p "$corpus"
  case $target in
    extractor) cp "$SRC"/tests/fuzz/corpus/* "$corpus/"; max_len=65536 ;;
    model) cp "$SRC/data/entities.model" "$corpus/"; max_len=7000000 ;;
    *) cp "$SRC"/tests/fuzz/corpus-$target/* "$corpus/"; max_len=65536 ;;
  esac
  "$BUILD/tests/fuzz/fuzz-$target" -seed="$SEED" -max_total_time="$SECONDS_EACH" -max_len="$max_len" \
    -timeout=30 -rss_limit_mb=4096 -artifact_prefix="$probe/" -print_final_stats=1 \
    "$corpus" >"$probe/$target.log" 2>&1
  rc=$?
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$probe/$target.log" | grep -o '[0-9]*$')
  if [ $rc -eq 0 ]; then
    echo "fuzz-$target: ${execs:-?} runs in ${SECONDS_EACH}s, no finding"
  else
    echo "fuzz-$target: FAILED (exit $rc)"
    grep -v '^#' "$probe/$target.log" | tail -40
    for crash in "$probe"/crash-* "$probe"/leak-* "$probe"/timeout-*; do
      [ -f "$crash" ] && { echo "input (base64):"; base64 "$crash" | head -20; }
    done
    status=1
  fi
done
exit $status
