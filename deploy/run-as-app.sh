#!/bin/sh
# Runs one of the app's commands as the service runs: as its user, in its folder, with its settings
# (deploy/README.md). For example:
#   sudo /opt/vneid-help-point/deploy/run-as-app.sh npm run staff:create -- --role admin --username ten-dang-nhap
set -eu
cd "$(dirname "$0")/.."
set -a
. /etc/vneid-help-point.env
set +a
# npm keeps its cache and logs in /tmp, not in the user's home, which is the data folder.
export npm_config_cache=/tmp/vneid-help-point-npm npm_config_update_notifier=false
exec runuser -u vneid-help-point -- "$@"
