#!/usr/bin/env bash
# Build-time measurement on a synthetic spec: the real spec plus N copies of the delete endpoint.
#
# Usage: benches/synthetic_build.sh [SOURCE_TREE] [SCRATCH_DIR]
#   SOURCE_TREE  a checkout of this repository (default: the repository this script lives in)
#   SCRATCH_DIR  an empty or missing directory to work in (default: a mktemp -d directory,
#                removed on exit; a directory you name is left in place for inspection)
# Environment: SYNTHETIC_COUNT (default 50), RUNS (timed builds, default 2), LINES_ONLY (set to 1:
# only generate the synthetic spec's Rust with the codegen binary and count its lines, no build).
#
# The tree is copied (without target/ and .git), SYNTHETIC_COUNT endpoint files are added to
# spec/endpoints/ (copies of users-delete.yaml with a unique name, rust_name, summary and path and
# without the `offboarding:` section, whose operation and rank must be unique), the dependencies
# are built once with `cargo build --lib`, then `cargo clean -p truto-user-directory` forces a
# rebuild of the crate alone (its build script, the code generation and the library) and
# `cargo build --lib` (debug) is timed RUNS times.
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=${1:-$(dirname "$script_dir")}
count=${SYNTHETIC_COUNT:-50}
runs=${RUNS:-2}

src=$(cd "$src" && pwd)
if [[ ! -f "$src/Cargo.toml" || ! -f "$src/spec/endpoints/users-delete.yaml" ]]; then
    echo "error: $src is not a checkout of truto-user-directory (no spec/endpoints/users-delete.yaml)" >&2
    exit 2
fi

if [[ $# -ge 2 ]]; then
    scratch=$2
    mkdir -p "$scratch"
    if [[ -n $(ls -A "$scratch") ]]; then
        echo "error: scratch dir $scratch is not empty" >&2
        exit 2
    fi
    scratch=$(cd "$scratch" && pwd)
else
    scratch=$(mktemp -d "${TMPDIR:-/tmp}/synthetic-build.XXXXXX")
    trap 'rm -rf -- "$scratch"' EXIT
fi
tree=$scratch/tree
mkdir "$tree"

# Copy the tree without build output and git metadata (.git is a file in a worktree).
tar -C "$src" --exclude=./target --exclude=./.git -cf - . | tar -C "$tree" -xf -

# Add the synthetic endpoints: rewrite the four identifying top-level keys and drop the
# `offboarding:` block (a top-level key up to the next top-level key).
template=$tree/spec/endpoints/users-delete.yaml
for i in $(seq 1 "$count"); do
    n=$(printf '%03d' "$i")
    awk -v n="$n" '
        /^[^ #-]/ { skip = 0 }
        /^offboarding:/ { skip = 1; next }
        skip { next }
        /^name: /      { print "name: synthetic.delete_" n; next }
        /^rust_name: / { print "rust_name: SyntheticDelete" n; next }
        /^summary: /   { print "summary: Synthetic Delete " n; next }
        /^path: /      { print "path: /unified/user-directory/synthetic" n "/{id}"; next }
        { print }
    ' "$template" >"$tree/spec/endpoints/synthetic-delete-$n.yaml"
    for key in name rust_name summary path; do
        if [[ $(grep -c "^$key: " "$tree/spec/endpoints/synthetic-delete-$n.yaml") != 1 ]]; then
            echo "error: synthetic endpoint $n: expected exactly one top-level \`$key:\`" >&2
            exit 1
        fi
    done
    if grep -q '^offboarding:' "$tree/spec/endpoints/synthetic-delete-$n.yaml"; then
        echo "error: synthetic endpoint $n still has an offboarding section" >&2
        exit 1
    fi
done
endpoints=$(find "$tree/spec/endpoints" -maxdepth 1 -name '*.yaml' | wc -l)

# The generated Rust's size: every `.rs` file the generator writes for the synthetic spec.
count_lines() {
    local dir=$1
    echo "generated Rust: $(find "$dir" -name '*.rs' -exec cat {} + | wc -l) lines in $(find "$dir" -name '*.rs' | wc -l) files ($endpoints endpoint spec files, $count synthetic)"
    echo "users_delete.rs: $(wc -l <"$dir/endpoints/users_delete.rs") lines"
}

if [[ ${LINES_ONLY:-0} == 1 ]]; then
    (cd "$src" && cargo run --quiet --locked -p truto-user-directory-codegen -- "$tree/spec" "$scratch/generated" >/dev/null)
    count_lines "$scratch/generated"
    exit 0
fi

cd "$tree"
unset CARGO_TARGET_DIR CARGO_BUILD_TARGET_DIR
export CARGO_TERM_COLOR=never

echo "== warm-up: dependencies and the crate (untimed)" >&2
cargo build --lib --locked --quiet

times=()
for r in $(seq 1 "$runs"); do
    cargo clean --quiet -p truto-user-directory
    start=$(date +%s.%N)
    cargo build --lib --locked 2>"$scratch/build-$r.log"
    end=$(date +%s.%N)
    t=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", e - s }')
    times+=("$t")
    rebuilt=$(awk '$1 == "Compiling" { printf "%s%s", sep, $2; sep = ", " }' "$scratch/build-$r.log")
    echo "run $r: ${t} s (compiled: ${rebuilt:-nothing})"
done

out_dirs=(target/debug/build/truto-user-directory-*/out)
generated=""
for d in "${out_dirs[@]}"; do
    if [[ -f "$d/endpoints/users_delete.rs" ]]; then
        generated=$d
    fi
done
if [[ -z $generated ]]; then
    echo "error: no OUT_DIR with endpoints/users_delete.rs under target/debug/build" >&2
    exit 1
fi

min=$(printf '%s\n' "${times[@]}" | sort -n | head -n 1)
echo "endpoints: $endpoints spec files ($count synthetic), $(find "$generated/endpoints" -name '*.rs' | wc -l) generated endpoint modules"
count_lines "$generated"
echo "timed builds (cargo build --lib, debug, $(nproc) cores): ${times[*]} s; minimum ${min} s"
