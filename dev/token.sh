#!/usr/bin/env bash
# Prints a bearer token for dev mode, signed with the dev-only key in dev/jwt/ (never used by a prod build).
#   dev/token.sh                        -> client "hr-app" with roles consult,register,audit,admin,ingest
#   dev/token.sh consult payroll-app    -> client "payroll-app" with role consult only
set -euo pipefail
cd "$(dirname "$0")"
roles="${1:-consult,register,audit,admin,ingest}"
client="${2:-hr-app}"
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
groups=$(printf '"%s",' ${roles//,/ }); groups="[${groups%,}]"
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{"iss":"https://idp.dev.magda-gateway","aud":"magda-gateway","sub":"%s","upn":"%s","groups":%s,"iat":%d,"exp":%d,"jti":"%s"}' \
  "$client" "$client" "$groups" "$now" "$((now + 8 * 3600))" "$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign jwt/privateKey.pem | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
