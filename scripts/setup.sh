#!/usr/bin/env bash
# Installs what the project needs on a fresh machine: npm dependencies, and Debian's Chromium for the e2e tests
# (Playwright cannot download its own browser here). Safe to run again: it only does what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

install_dependencies() {
	if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
		# Not `npm ci`: the registry here serves only the linux-x64 binary of @duckdb/node-bindings, so the lockfile
		# lacks the other platforms' optional packages and `npm ci` refuses it. `npm install` keeps to the lockfile
		# for everything it has and leaves it unchanged.
		echo "==> npm install"
		npm install --no-audit --no-fund
	fi
}

install_chromium() {
	if [ -x /usr/bin/chromium ]; then return; fi
	echo "==> apt-get install chromium"
	local sudo=""
	if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
	DEBIAN_FRONTEND=noninteractive $sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
}

install_dependencies
if [ "${1:-}" = "--with-chromium" ]; then install_chromium; fi
