#!/usr/bin/env bash
# Installs the npm consumers of our exports (html-validate, jsonld,
# markdown-it) into FOLDER/node_modules, once; several tests may call it at
# the same time, so it takes a lock. Exit 0 when they are there, 77 (skip)
# with a message when npm is missing or the registry cannot be reached.
set -uo pipefail

folder=${1:?usage: npm-install.sh FOLDER}
packages=(html-validate@9.0.0 jsonld@8.3.3 markdown-it@15.0.3)

mkdir -p "$folder"
exec 9>"$folder/.npm-install.lock"
flock 9

if [[ -f $folder/node_modules/.lectern-installed ]] \
   && [[ $(cat "$folder/node_modules/.lectern-installed") == "${packages[*]}" ]]; then
  exit 0
fi
if ! command -v npm >/dev/null || ! command -v node >/dev/null; then
  echo "npm or node is missing: install nodejs and npm (build-aux/setup.sh does)" >&2
  exit 77
fi
[[ -f $folder/package.json ]] || echo '{"private": true}' > "$folder/package.json"
if ! npm install --prefix "$folder" --no-audit --no-fund --loglevel=error "${packages[@]}" >&2; then
  echo "npm could not install ${packages[*]} (no registry?)" >&2
  exit 77
fi
echo "${packages[*]}" > "$folder/node_modules/.lectern-installed"
