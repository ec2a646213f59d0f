#!/usr/bin/env bash
# Validates docker/compose.yml with a real Compose implementation, without a Docker engine
# (`config` only parses, interpolates and checks the file against the Compose schema).
#
#   tools/docker/validate-compose.sh [compose-file]
#
# Exit 0: valid. Exit 1: invalid. Exit 2: no validator found - unless COMPOSE_VALIDATOR_OPTIONAL=1,
# then exit 0 with a warning. Missing by default is an error so that a CI image that lost the
# validator cannot pass without validating anything.
# CI without Docker: apt-get install -y --no-install-recommends docker-compose  (Debian 12: 1.29)
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
compose_file="${1:-$repo_root/docker/compose.yml}"

# Prefer Compose v2 (what `docker compose up` runs); Debian's python docker-compose 1.29 otherwise.
if docker compose version >/dev/null 2>&1; then
  validator=(docker compose)
elif command -v docker-compose >/dev/null 2>&1 && docker-compose version >/dev/null 2>&1; then
  validator=(docker-compose)
else
  msg="no Compose validator on PATH (neither 'docker compose' nor 'docker-compose'); install one with: apt-get install -y --no-install-recommends docker-compose"
  if [ "${COMPOSE_VALIDATOR_OPTIONAL:-0}" = "1" ]; then
    echo "validate-compose: SKIPPED: $msg" >&2
    exit 0
  fi
  echo "validate-compose: $msg" >&2
  exit 2
fi

# An empty environment file: the check is about the defaults the file itself provides, not about
# whatever docker/.env a developer happens to have.
empty_env="$(mktemp)"
# ...except the secrets the file deliberately refuses to default.
printf 'AUTH_JWT_SECRET=compose-validation-only-0123456789abcdef\nBSN_HMAC_SECRET=compose-validation-only-0123456789abcdef\n' > "$empty_env"
trap 'rm -f "$empty_env"' EXIT

if "${validator[@]}" --env-file "$empty_env" -f "$compose_file" config -q; then
  echo "validate-compose: $compose_file is valid (${validator[*]})"
else
  echo "validate-compose: $compose_file is INVALID (${validator[*]})" >&2
  exit 1
fi
