#!/usr/bin/env bash
# macOS signing for the release workflow: signs dmg/Qunzhu.app, or the .dmg given as $1 (and
# then notarizes and staples it). With the Developer ID secrets:
#   MACOS_CERTIFICATE           "Developer ID Application" certificate with its key (.p12), base64
#   MACOS_CERTIFICATE_PASSWORD  its password
#   APPLE_ID, APPLE_APP_PASSWORD (app-specific password), APPLE_TEAM_ID: notarization
# the app gets a hardened-runtime Developer ID signature and the .dmg is notarized and stapled.
# Without them the app is signed ad hoc (a consistent bundle, not trusted by Gatekeeper) and the
# log says so; users open it once from System Settings (README).
set -euo pipefail
target=${1:-dmg/Qunzhu.app}
have_cert=; [[ -n ${MACOS_CERTIFICATE:-} && -n ${MACOS_CERTIFICATE_PASSWORD:-} ]] && have_cert=1
have_notary=; [[ -n ${APPLE_ID:-} && -n ${APPLE_APP_PASSWORD:-} && -n ${APPLE_TEAM_ID:-} ]] && have_notary=1

if [[ -z $have_cert ]]; then
	if [[ $target == *.app ]]; then
		echo "::notice title=macOS signing skipped::MACOS_CERTIFICATE and MACOS_CERTIFICATE_PASSWORD are not set: the app is signed ad hoc, NOT with a Developer ID, and not notarized."
		codesign --force --deep --sign - "$target"
	fi
	exit 0
fi

keychain=$RUNNER_TEMP/qunzhu-signing.keychain-db
if [[ ! -f $keychain ]]; then # once per job: a temporary keychain holding the certificate
	p12=$RUNNER_TEMP/qunzhu-signing.p12
	printf '%s' "$MACOS_CERTIFICATE" | base64 --decode >"$p12"
	pass=$(uuidgen)
	security create-keychain -p "$pass" "$keychain"
	security set-keychain-settings -lut 3600 "$keychain"
	security unlock-keychain -p "$pass" "$keychain"
	security import "$p12" -k "$keychain" -P "$MACOS_CERTIFICATE_PASSWORD" -T /usr/bin/codesign
	security set-key-partition-list -S apple-tool:,apple: -s -k "$pass" "$keychain" >/dev/null
	existing=() # the user's keychains stay in the search list (bash 3.2: no mapfile)
	while IFS= read -r k; do k=${k#*\"}; existing+=("${k%\"}"); done < <(security list-keychains -d user)
	security list-keychains -d user -s "$keychain" "${existing[@]}"
	rm -f "$p12"
fi
identity=$(security find-identity -v -p codesigning "$keychain" | sed -n 's/.*"\(Developer ID Application: .*\)"/\1/p' | head -n 1)
[[ -n $identity ]] || { echo "::error::no \"Developer ID Application\" identity in MACOS_CERTIFICATE"; exit 1; }

if [[ $target == *.app ]]; then
	codesign --force --deep --options runtime --timestamp --sign "$identity" "$target"
	codesign --verify --deep --strict --verbose=2 "$target"
	echo "signed $target with $identity"
	exit 0
fi

codesign --force --timestamp --sign "$identity" "$target"
if [[ -z $have_notary ]]; then
	echo "::warning title=macOS notarization skipped::APPLE_ID, APPLE_APP_PASSWORD and APPLE_TEAM_ID are not all set: $target is signed but NOT notarized."
	exit 0
fi
xcrun notarytool submit "$target" --apple-id "$APPLE_ID" --password "$APPLE_APP_PASSWORD" \
	--team-id "$APPLE_TEAM_ID" --wait --timeout 30m
xcrun stapler staple "$target"
xcrun stapler validate "$target"
spctl --assess --type open --context context:primary-signature --verbose=2 "$target"
echo "signed, notarized and stapled $target"
