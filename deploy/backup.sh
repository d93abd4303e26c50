#!/bin/sh
# The evening backup (vneid-help-point-backup.service), run in the app's folder with its settings:
# today's copy into BACKUP_DIR, then the copies older than KEEP_DAYS days go. A failed backup deletes nothing.
set -eu
stamp=$(TZ=Asia/Ho_Chi_Minh date +%Y%m%d-%H%M)
node_modules/.bin/tsx scripts/backup.ts "$BACKUP_DIR/vneid-backup-$stamp.json.gz"
find "$BACKUP_DIR" -maxdepth 1 -name 'vneid-backup-*.json.gz' -mtime "+$KEEP_DAYS" -delete
