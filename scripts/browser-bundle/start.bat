@echo off
rem Airgap CRM 浏览器版：启动本机服务（只监听 127.0.0.1）并打开浏览器。 / Browser mode: start and open.
chcp 65001 >nul
cd /d "%~dp0"
set "NODE=%AIRGAP_NODE%"
if "%NODE%"=="" if exist "node\node.exe" set "NODE=node\node.exe"
if "%NODE%"=="" set "NODE=node"
"%NODE%" server\serve.mjs %*
if errorlevel 1 (
  echo 启动失败：请确认已安装 Node.js（16 或更新），或把 node.exe 放到本文件夹的 node\ 下。 / Start failed: is Node.js 16+ installed, or node.exe in .\node\?
  pause
)
