# Qunzhu (群主): build, test and package. `make help` lists the targets.
# Works on a fresh Debian 12 machine with Go and Node: every target installs
# what it needs first (apt packages, the pinned Wails CLI and staticcheck, node_modules), once.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := build
MAKEFLAGS += --no-print-directory

export GOBIN := $(shell go env GOPATH)/bin
export PATH := $(GOBIN):$(PATH)

WAILS_VERSION := v2.15.0
STATICCHECK_VERSION := v0.8.2
# gcc, libc6-dev, pkg-config: cgo for the desktop build; procps: pgrep in window-test;
# fonts-noto-color-emoji, pngquant: the emoji in nicknames and small PNGs in make screenshots.
# WebKitGTK's -dev package is picked by deps-apt: 4.0 where the distro has it (Debian 12,
# Ubuntu 22.04), else 4.1 (Debian 13, Ubuntu 24.04).
APT_PACKAGES := libgtk-3-dev nsis xvfb xauth x11-utils xdotool \
	imagemagick chromium fonts-wqy-microhei fonts-noto-color-emoji pngquant gcc libc6-dev pkg-config procps sqlite3

# Wails links WebKitGTK 4.0 by default and 4.1 with the webkit2_41 tag: the tag whenever
# pkg-config finds 4.1. Deferred (=), so it is read after deps-apt has installed it.
WEBKIT_TAGS = $(shell pkg-config --exists webkit2gtk-4.1 2>/dev/null && echo webkit2_41)
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

# The version stamped into the binary (qunzhu version): the git tag vX.Y.Z when HEAD is
# tagged, else wails.json's productVersion with -dev.
ifndef VERSION
VERSION := $(patsubst v%,%,$(shell git describe --tags --exact-match --match 'v[0-9]*' 2>/dev/null))
VERSION := $(or $(VERSION),$(shell sed -n 's/.*"productVersion": *"\([^"]*\)".*/\1/p' wails.json)-dev)
endif
LDFLAGS := -X qunzhu/app.Version=$(VERSION)
# -m: no `go mod tidy` (it fails on this machine kind's Go proxy, see README: Building);
# -s: the frontend is built by `make frontend`;
# -skipbindings: `make bindings` generates them before the frontend build.
WAILS_BUILD := wails build -m -s -skipbindings -trimpath -nocolour -ldflags "$(LDFLAGS)"

BIN := build/bin/qunzhu
# The empty Wails app perf-window compares Qunzhu with (issue 16).
BASELINE := build/bin/baseline
WIN_EXE := build/bin/qunzhu.exe
WIN_INSTALLER := build/bin/qunzhu-amd64-installer.exe
# SPEC: the Windows installer is at most 15 MB.
WIN_INSTALLER_MAX := 15000000
APP_DEV := .out/app-dev
comma := ,
DB ?=

.PHONY: help deps deps-apt deps-wails deps-staticcheck deps-npm bindings frontend build run test lint \
	vet gotest typecheck unit e2e window-test screenshots perf-window baseline bench dist-windows clean

help:
	@echo 'make deps          install what is missing: apt packages, wails $(WAILS_VERSION), staticcheck $(STATICCHECK_VERSION), node_modules'
	@echo 'make bindings      regenerate frontend/wailsjs from the bound Go services'
	@echo 'make frontend      build frontend/dist'
	@echo 'make build         Linux desktop binary $(BIN) (VERSION=$(VERSION); WebKitGTK 4.1 when pkg-config finds it)'
	@echo 'make run [DB=path] build and open the window (default DB in the user config dir)'
	@echo 'make test          lint, go vet, go test, typecheck, vitest, e2e, window-test'
	@echo 'make lint          staticcheck (Go) and eslint (frontend)'
	@echo 'make e2e           browser tests against the dev binary $(APP_DEV)'
	@echo 'make window-test   real window under Xvfb: start time, screenshots .out/window.png and (dark theme, no white frame) .out/window-dark.png, clean exit, planner drags (.out/window-drag.png)'
	@echo 'make screenshots   the README pictures build/screenshots/*.png from the real window (zh-CN, sample data)'
	@echo 'make perf-window   window, first paint and memory next to an empty Wails app: .out/perf-window.txt'
	@echo 'make bench         Go benchmarks'
	@echo 'make dist-windows  $(WIN_EXE) and the NSIS installer $(WIN_INSTALLER)'
	@echo 'make clean         remove build output'

## ---- prerequisites -------------------------------------------------------------

deps: deps-apt deps-wails deps-staticcheck deps-npm

deps-apt:
	@installed() { case "$$(dpkg -s $$1 2>/dev/null)" in *'Status: install ok installed'*) ;; *) return 1;; esac; }; \
	missing=; for p in $(APT_PACKAGES); do installed $$p || missing="$$missing $$p"; done; \
	webkit=; installed libwebkit2gtk-4.0-dev || installed libwebkit2gtk-4.1-dev || webkit=missing; \
	if [ -n "$$missing$$webkit" ]; then \
		$(SUDO) apt-get update -qq; \
		if [ -n "$$webkit" ]; then \
			if apt-cache show libwebkit2gtk-4.0-dev >/dev/null 2>&1; then webkit=libwebkit2gtk-4.0-dev; \
			else webkit=libwebkit2gtk-4.1-dev; fi; \
		fi; \
		echo "deps: apt-get install$$missing $$webkit"; \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing $$webkit >/dev/null; \
	fi

deps-wails:
	@case "$$(wails version 2>/dev/null)" in '$(WAILS_VERSION)'*) ;; *) \
		echo "deps: go install wails@$(WAILS_VERSION)"; \
		go install github.com/wailsapp/wails/v2/cmd/wails@$(WAILS_VERSION);; \
	esac

deps-staticcheck:
	@case "$$(staticcheck -version 2>/dev/null)" in *'($(STATICCHECK_VERSION:v%=%))'*) ;; *) \
		echo "deps: go install staticcheck@$(STATICCHECK_VERSION)"; \
		go install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION);; \
	esac

# npm ci refuses this registry's lockfile (README: Building): npm install keeps the locked versions.
deps-npm: frontend/node_modules/.package-lock.json
frontend/node_modules/.package-lock.json: frontend/package-lock.json frontend/package.json
	cd frontend && npm install --no-audit --no-fund
	touch $@

## ---- build -----------------------------------------------------------------------

# The generator runs main(), which opens the default database: point it at a throwaway one.
bindings: deps-wails
	@tmp=$$(mktemp -d); status=0; \
	QUNZHU_DB=$$tmp/bindings.db wails generate module -nocolour || status=$$?; \
	rm -rf $$tmp; exit $$status

# Vite empties frontend/dist; go:embed all:frontend/dist needs the tracked .gitkeep back.
frontend: deps-npm bindings
	@status=0; (cd frontend && npm run build) || status=$$?; \
	mkdir -p frontend/dist && touch frontend/dist/.gitkeep; exit $$status

build: deps frontend
	$(WAILS_BUILD) -platform linux/amd64 $(if $(WEBKIT_TAGS),-tags $(WEBKIT_TAGS))
	@ls -l $(BIN)

run: build
	$(BIN) $(if $(DB),--db "$(DB)")

dist-windows: deps frontend
	rm -f $(WIN_EXE) $(WIN_INSTALLER)
	$(WAILS_BUILD) -platform windows/amd64 -nsis
	@test -f $(WIN_EXE) || { echo "dist-windows: $(WIN_EXE) was not built"; exit 1; }
	@test -f $(WIN_INSTALLER) || { echo "dist-windows: no installer (is makensis installed?)"; exit 1; }
	@ls -l $(WIN_EXE) $(WIN_INSTALLER)
	@size=$$(stat -c %s $(WIN_INSTALLER)); \
	echo "dist-windows: exe $$(stat -c %s $(WIN_EXE)) bytes, installer $$size bytes (limit $(WIN_INSTALLER_MAX))"; \
	test $$size -le $(WIN_INSTALLER_MAX) || { echo "dist-windows: the installer is over the limit"; exit 1; }

## ---- test ------------------------------------------------------------------------

test: deps bindings lint
	go vet ./...
	go test -count=1 ./...
	cd frontend && npm run typecheck
	cd frontend && npm test
	$(MAKE) e2e window-test

# staticcheck's default checks; eslint's rules are in frontend/eslint.config.js.
lint: deps-staticcheck deps-npm
	staticcheck ./...
	cd frontend && npm run lint

vet:
	go vet ./...

gotest:
	go test -count=1 ./...

typecheck: deps-npm
	cd frontend && npm run typecheck

unit: deps-npm
	cd frontend && npm test

e2e: deps frontend
	@mkdir -p .out
	go build -tags desktop,dev$(if $(WEBKIT_TAGS),$(comma)$(WEBKIT_TAGS)) -ldflags "$(LDFLAGS)" -o $(APP_DEV) .
	QUNZHU_APP_DEV=$(abspath $(APP_DEV)) node frontend/e2e/run.mjs

window-test: build
	bash .ci/window-test.sh $(BIN)

screenshots: build
	bash .ci/screenshots.sh $(BIN)

# The same tags and flags as wails build's production Linux binary, offline.
baseline: deps-apt
	go build -tags desktop,production$(if $(WEBKIT_TAGS),$(comma)$(WEBKIT_TAGS)) -trimpath -ldflags "-s -w" -o $(BASELINE) ./build/baseline

perf-window: build baseline
	bash .ci/perf-window.sh $(BIN) $(BASELINE)

bench: deps-apt
	go test -run '^$$' -bench . -benchmem ./...

clean:
	rm -rf build/bin .out build/windows/installer/tmp
	find frontend/dist -mindepth 1 ! -name .gitkeep -exec rm -rf {} +
