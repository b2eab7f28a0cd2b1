#!/bin/sh
# Airgap CRM 浏览器版：启动本机服务（只监听 127.0.0.1）并打开浏览器。 / Browser mode: start and open.
#   ./start.sh [--port 5317] [--no-open]
cd "$(dirname "$0")" || exit 1
NODE="${AIRGAP_NODE:-}"
if [ -z "$NODE" ] && [ -x ./node/bin/node ]; then NODE=./node/bin/node; fi
if [ -z "$NODE" ]; then NODE="$(command -v node || command -v nodejs || true)"; fi
if [ -z "$NODE" ]; then
  echo "未找到 Node.js：请从系统软件源安装 nodejs（16 或更新），或把 Node.js 放到本文件夹的 node/ 下。 / Node.js not found: install nodejs (16+) or put it in ./node/." >&2
  exit 1
fi
exec "$NODE" server/serve.mjs "$@"
