#!/usr/bin/env bash
# Windows signing for the release workflow, when the certificate is there:
#   WINDOWS_CERTIFICATE           the code-signing certificate (.pfx), base64
#   WINDOWS_CERTIFICATE_PASSWORD  its password
#   WINDOWS_TIMESTAMP_URL         optional; DigiCert's RFC 3161 server by default
# It signs build/bin/qunzhu.exe, builds the installer again around the signed exe with the
# uninstaller and the installer signed by makensis (project.nsi's QUNZHU_SIGN), and verifies
# the exe and the installer. Without the secrets it says so and leaves the unsigned files as they are.
set -euo pipefail
if [[ -z ${WINDOWS_CERTIFICATE:-} || -z ${WINDOWS_CERTIFICATE_PASSWORD:-} ]]; then
	echo "::notice title=Windows signing skipped::WINDOWS_CERTIFICATE and WINDOWS_CERTIFICATE_PASSWORD are not set: the exe and the installer are NOT signed (SmartScreen warns; the README says how to open them)."
	exit 0
fi
export MSYS_NO_PATHCONV=1 # Git Bash would turn signtool's /fd, /sha1 ... into paths
pfx=$RUNNER_TEMP/qunzhu-signing.pfx
printf '%s' "$WINDOWS_CERTIFICATE" | base64 --decode >"$pfx"
# Into the user's certificate store, so no password goes on a command line (makensis hands its
# signing command to cmd.exe); signtool then picks the certificate by thumbprint.
# shellcheck disable=SC2016 # PowerShell's own $variables
thumb=$(QUNZHU_PFX=$(cygpath -w "$pfx") powershell.exe -NoProfile -NonInteractive -Command '
	$password = ConvertTo-SecureString -String $env:WINDOWS_CERTIFICATE_PASSWORD -AsPlainText -Force
	$certs = Import-PfxCertificate -FilePath $env:QUNZHU_PFX -CertStoreLocation Cert:\CurrentUser\My -Password $password
	($certs | Where-Object HasPrivateKey | Select-Object -First 1).Thumbprint' | tr -d '\r')
rm -f "$pfx"
[[ -n $thumb ]] || { echo "::error::WINDOWS_CERTIFICATE holds no certificate with a private key"; exit 1; }
trap 'powershell.exe -NoProfile -NonInteractive -Command "Remove-Item -Path Cert:/CurrentUser/My/$thumb"' EXIT
# signtool comes with the Windows SDK on the runner, not on PATH: the newest x64 one.
signtool=$(find "/c/Program Files (x86)/Windows Kits/10/bin" -path '*/x64/signtool.exe' | sort -V | tail -n 1)
[[ -n $signtool ]] || { echo "::error::signtool.exe not found in the Windows SDK"; exit 1; }
PATH="$(dirname "$signtool"):$PATH"
echo "signing with $signtool, certificate $thumb"
sign="signtool.exe sign /sha1 $thumb /fd SHA256 /td SHA256 /tr ${WINDOWS_TIMESTAMP_URL:-http://timestamp.digicert.com}"
$sign build/bin/qunzhu.exe
# The same makensis call as `wails build -nsis`, plus the signing hooks.
exe=$(cygpath -w "$PWD/build/bin/qunzhu.exe")
(cd build/windows/installer && makensis "-DQUNZHU_SIGN=$sign" "-DARG_WAILS_AMD64_BINARY=$exe" project.nsi)
signtool.exe verify /pa build/bin/qunzhu.exe build/bin/qunzhu-amd64-installer.exe
echo "signed: qunzhu.exe, the uninstaller inside the installer, qunzhu-amd64-installer.exe"
