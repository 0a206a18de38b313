#!/usr/bin/env bash
# Release version from the tag (v1.2.3 or v1.2.3-rc.1): exports VERSION=1.2.3[-rc.1]
# to the next steps (it goes into -X qunzhu/app.Version) and writes 1.2.3 into
# wails.json's info.productVersion, which Wails puts into the Windows version
# resource, the installer (needs X.Y.Z) and Info.plist.
set -euo pipefail
version=${GITHUB_REF_NAME#v}
core=${version%%[-+]*}
if [[ ! $core =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
	echo "tag $GITHUB_REF_NAME is not vX.Y.Z or vX.Y.Z-suffix" >&2
	exit 1
fi
echo "VERSION=$version" >>"$GITHUB_ENV"
node -e '
const fs = require("fs");
const project = JSON.parse(fs.readFileSync("wails.json", "utf8"));
project.info.productVersion = process.argv[1];
fs.writeFileSync("wails.json", JSON.stringify(project, null, 2) + "\n");
' "$core"
echo "version $version, productVersion $core"
