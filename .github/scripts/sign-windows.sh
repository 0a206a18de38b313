#!/usr/bin/env bash
# Windows signing for the release workflow, when the certificate is there:
#   WINDOWS_CERTIFICATE           the code-signing certificate (.pfx), base64
#   WINDOWS_CERTIFICATE_PASSWORD  its password
#   WINDOWS_TIMESTAMP_URL         optional; DigiCert's RFC 3161 server by default
# It signs build/bin/qunzhu.exe, builds the installer again around the signed exe with the
# uninstaller and the installer signed by makensis (project.nsi's QUNZHU_SIGN), and verifies
# all three. Without the secrets it says so and leaves the unsigned files as they are.
set -euo pipefail
if [[ -z ${WINDOWS_CERTIFICATE:-} || -z ${WINDOWS_CERTIFICATE_PASSWORD:-} ]]; then
	echo "::notice title=Windows signing skipped::WINDOWS_CERTIFICATE and WINDOWS_CERTIFICATE_PASSWORD are not set: the exe and the installer are NOT signed (SmartScreen warns; the README says how to open them)."
	exit 0
fi
export MSYS_NO_PATHCONV=1 # Git Bash would turn signtool's /fd, /f ... into paths
pfx=$RUNNER_TEMP/qunzhu-signing.pfx
trap 'rm -f "$pfx"' EXIT
printf '%s' "$WINDOWS_CERTIFICATE" | base64 --decode >"$pfx"
# signtool comes with the Windows SDK on the runner, not on PATH: the newest x64 one.
signtool=$(find "/c/Program Files (x86)/Windows Kits/10/bin" -path '*/x64/signtool.exe' | sort -V | tail -n 1)
[[ -n $signtool ]] || { echo "::error::signtool.exe not found in the Windows SDK"; exit 1; }
PATH="$(dirname "$signtool"):$PATH"
echo "signing with $signtool"
sign=(signtool.exe sign /fd SHA256 /td SHA256 /tr "${WINDOWS_TIMESTAMP_URL:-http://timestamp.digicert.com}"
	/f "$(cygpath -w "$pfx")" /p "$WINDOWS_CERTIFICATE_PASSWORD")
"${sign[@]}" build/bin/qunzhu.exe
# The same makensis call as `wails build -nsis`, plus the signing hooks; cmd runs them.
exe=$(cygpath -w "$PWD/build/bin/qunzhu.exe")
(cd build/windows/installer && makensis "-DQUNZHU_SIGN=${sign[*]}" "-DARG_WAILS_AMD64_BINARY=$exe" project.nsi)
signtool.exe verify /pa build/bin/qunzhu.exe build/bin/qunzhu-amd64-installer.exe
echo "signed: qunzhu.exe, the uninstaller inside the installer, qunzhu-amd64-installer.exe"
