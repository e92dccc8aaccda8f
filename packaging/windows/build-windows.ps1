<#
.SYNOPSIS
  Build the Windows release of spbe-desktop: the PyInstaller folder, a smoke test, the portable
  ZIP and the Inno Setup installer.

.DESCRIPTION
  Run from anywhere on a Windows 10/11 x64 machine with:
    - Python 3.11 x64 from python.org (the "py" launcher finds it), and
    - Inno Setup 6 (https://jrsoftware.org/isinfo.php; or: winget install JRSoftware.InnoSetup).

    powershell -ExecutionPolicy Bypass -File packaging\windows\build-windows.ps1

  Steps (each stops the script on failure):
    1. packaging\.build-venv: its own venv with the pinned packaging\requirements-build.txt, then
       the project itself (non-editable, --no-deps): the same pins as the Linux build.
    2. PyInstaller with packaging\pyinstaller\spbe_desktop.spec -> dist\spbe-desktop\
       (spbe-desktop.exe windowed + spbe.exe console, one _internal\, version resources and
       icon from resources\app-icon\spbe.ico).
    3. Optional code signing of both .exe files (see SPBE_SIGN_COMMAND below).
    4. Smoke test: spbe --version, init + attach (packaging\smoke PDF, parsed by the frozen
       document worker) + export + verify with the built spbe.exe, and
       spbe-desktop.exe --selftest offscreen (exit code 0), with data in a temporary profile.
    5. dist\spbe-desktop-<version>-windows-x64-portable.zip: the same folder plus portable.txt
       (data then stays in spbe-data\ beside the program).
    6. dist\spbe-desktop-<version>-windows-x64-setup.exe from packaging\windows\installer.iss.
    7. SHA-256 files next to both artefacts.

  Code signing is off unless configured. To sign, set SPBE_SIGN_COMMAND to a command line with
  $f where the file goes, e.g.
    $env:SPBE_SIGN_COMMAND = 'signtool sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /a $f'
  It is used for both .exe files and (through Inno's SignTool) for the installer and uninstaller.

.PARAMETER Python
  The Python 3.11 to create the build venv with (default: "py -3.11").
.PARAMETER SkipSmoke
  Skip step 4.
.PARAMETER SkipInstaller
  Skip step 6 (e.g. when Inno Setup is not installed).
#>
[CmdletBinding()]
param(
  [string]$Python = "py -3.11",
  [switch]$SkipSmoke,
  [switch]$SkipInstaller
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
$Venv = Join-Path $Root "packaging\.build-venv"
$VPy = Join-Path $Venv "Scripts\python.exe"
$Dist = Join-Path $Root "dist"
$Work = Join-Path $Root "build\pyinstaller"
$Out = Join-Path $Dist "spbe-desktop"
$Started = Get-Date

function Say($text) { Write-Host "`n== $text" -ForegroundColor Cyan }
function Invoke-Checked {
  # Run a native command; stop if it fails (PowerShell does not do this by itself).
  param([Parameter(Mandatory)][string]$Exe, [string[]]$Arguments = @())
  & $Exe @Arguments
  if ($LASTEXITCODE -ne 0) { throw "'$Exe $($Arguments -join ' ')' failed with exit code $LASTEXITCODE" }
}
function Invoke-Signing([string]$File) {
  if (-not $env:SPBE_SIGN_COMMAND) { return }
  $command = $env:SPBE_SIGN_COMMAND.Replace('$f', '"' + $File + '"')
  Write-Host "signing $File"
  cmd /c $command
  if ($LASTEXITCODE -ne 0) { throw "signing $File failed" }
}

# 1. build venv ------------------------------------------------------------------------------
Say "build venv ($Venv)"
if (-not (Test-Path $VPy)) {
  $launcher, $launcherArgs = $Python -split ' ', 2
  $venvArgs = @()
  if ($launcherArgs) { $venvArgs += $launcherArgs }
  $venvArgs += @("-m", "venv", $Venv)
  Invoke-Checked $launcher $venvArgs
}
Invoke-Checked $VPy @("-c", "import sys, struct; assert sys.version_info[:2] >= (3, 11) and struct.calcsize('P') == 8, sys.version")
Invoke-Checked $VPy @("-m", "pip", "install", "-q", "--disable-pip-version-check", "-r", (Join-Path $Root "packaging\requirements-build.txt"))
# Translations: the committed spbe_desktop\ui\assets\i18n\*.qm are shipped as they are (never
# lupdate here: it rewrites the .ts sources). Warn when a .qm looks older than its .ts.
foreach ($ts in Get-ChildItem -ErrorAction SilentlyContinue (Join-Path $Root "resources\i18n\*.ts")) {
  $qm = Join-Path $Root ("spbe_desktop\ui\assets\i18n\" + $ts.BaseName + ".qm")
  if (-not (Test-Path $qm) -or (Get-Item $qm).LastWriteTime -lt $ts.LastWriteTime) {
    Write-Warning "$qm is missing or older than $($ts.FullName); run scripts\build_translations.py and commit the result"
  }
}
Invoke-Checked $VPy @("-m", "pip", "install", "-q", "--disable-pip-version-check", "--no-deps", "--no-build-isolation", "--force-reinstall", $Root)
Push-Location $env:TEMP   # keep the source tree off sys.path: freeze the venv's install
try {
  $Version = (& $VPy -c "import spbe_desktop; print(spbe_desktop.__version__)").Trim()
} finally { Pop-Location }
if ($LASTEXITCODE -ne 0 -or -not $Version) { throw "cannot read the project version" }
Write-Host "version $Version"
$Base = "spbe-desktop-$Version-windows-x64"

# 2. PyInstaller -------------------------------------------------------------------------------
Say "PyInstaller"
if (Test-Path $Out) { Remove-Item -Recurse -Force $Out }
Push-Location $env:TEMP
try {
  Invoke-Checked (Join-Path $Venv "Scripts\pyinstaller.exe") @(
    (Join-Path $Root "packaging\pyinstaller\spbe_desktop.spec"),
    "--noconfirm", "--clean", "--log-level", "WARN", "--distpath", $Dist, "--workpath", $Work)
} finally { Pop-Location }
& $VPy -m pip freeze --all --exclude-editable | Set-Content -Encoding utf8 (Join-Path $Out "_internal\BUILD-REQUIREMENTS.txt")

# 3. signing -----------------------------------------------------------------------------------
Invoke-Signing (Join-Path $Out "spbe-desktop.exe")
Invoke-Signing (Join-Path $Out "spbe.exe")

# 4. smoke test --------------------------------------------------------------------------------
if (-not $SkipSmoke) {
  Say "smoke test"
  $tmp = Join-Path ([System.IO.Path]::GetTempPath()) ("spbe-smoke-" + [guid]::NewGuid())
  New-Item -ItemType Directory -Path $tmp | Out-Null
  $saved = @{}
  foreach ($name in "SPBE_CONFIG_DIR", "SPBE_DATA_DIR", "SPBE_CACHE_DIR", "SPBE_LOG_DIR", "SPBE_LANG", "QT_QPA_PLATFORM") {
    $saved[$name] = [Environment]::GetEnvironmentVariable($name)
  }
  try {
    # Point every per-user folder at the temporary one, so the real profile stays clean.
    $env:SPBE_CONFIG_DIR = Join-Path $tmp "config"
    $env:SPBE_DATA_DIR = Join-Path $tmp "data"
    $env:SPBE_CACHE_DIR = Join-Path $tmp "cache"
    $env:SPBE_LOG_DIR = Join-Path $tmp "log"
    $env:SPBE_LANG = "en"
    $spbe = Join-Path $Out "spbe.exe"
    $got = (& $spbe --version).Trim()
    if ($got -ne "spbe $Version") { throw "spbe --version said '$got'" }
    Write-Host "  ok   spbe --version: $got"
    Push-Location $tmp
    try {
      Set-Content -Encoding utf8 -Path "catatan.txt" -Value "Catatan rapat koordinasi SPBE 2024."
      Copy-Item (Join-Path $Root "packaging\smoke\sk-tim-koordinasi-spbe.pdf") "SK Tim Koordinasi SPBE.pdf"
      Invoke-Checked $spbe @("init", "opd.spbe", "--role", "opd", "--instansi", "Pemerintah Provinsi Maluku Utara", "--unit", "Dinas Kominfo", "--officer", "Rina")
      # The PDF is parsed in a child process (spbe.exe --spbe-document-worker); the suggested
      # kind proves that child ran.
      $attached = (& $spbe attach opd.spbe 10 "SK Tim Koordinasi SPBE.pdf" catatan.txt) -join "`n"
      if ($LASTEXITCODE -ne 0 -or $attached -notmatch "Keputusan/SK") { throw "attach did not read the PDF: $attached" }
      Invoke-Checked $spbe @("export", "opd.spbe", "--out", "b1.spbebundle")
      Invoke-Checked $spbe @("verify", "b1.spbebundle")
      Write-Host "  ok   spbe init / attach / export / verify"
    } finally { Pop-Location }
    $env:QT_QPA_PLATFORM = "offscreen"
    # A windowed .exe returns at once in PowerShell; wait for it to read its exit code.
    $gui = Start-Process -FilePath (Join-Path $Out "spbe-desktop.exe") -ArgumentList "--selftest" -Wait -PassThru -NoNewWindow
    if ($gui.ExitCode -ne 0) { throw "spbe-desktop --selftest exited with $($gui.ExitCode)" }
    Write-Host "  ok   spbe-desktop --selftest (offscreen)"
    if (Test-Path (Join-Path $Out "spbe-data")) { throw "data was written beside the program" }
  } finally {
    foreach ($name in $saved.Keys) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
    Remove-Item -Recurse -Force $tmp -ErrorAction SilentlyContinue
  }
}

# 5. portable ZIP ------------------------------------------------------------------------------
Say "portable ZIP"
$stage = Join-Path $Root "build\portable"
if (Test-Path $stage) { Remove-Item -Recurse -Force $stage }
New-Item -ItemType Directory -Path $stage | Out-Null
Copy-Item -Recurse $Out (Join-Path $stage "spbe-desktop")
Copy-Item (Join-Path $Root "packaging\portable.txt") (Join-Path $stage "spbe-desktop\portable.txt")
$zip = Join-Path $Dist "$Base-portable.zip"
if (Test-Path $zip) { Remove-Item -Force $zip }
Compress-Archive -Path (Join-Path $stage "spbe-desktop") -DestinationPath $zip -CompressionLevel Optimal
Write-Host $zip

# 6. installer ---------------------------------------------------------------------------------
$artefacts = @($zip)
if (-not $SkipInstaller) {
  Say "Inno Setup installer"
  $iscc = $env:ISCC
  if (-not $iscc) {
    $candidates = @(
      (Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"),
      (Join-Path $env:ProgramFiles "Inno Setup 6\ISCC.exe"),
      (Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe"))
    $iscc = $candidates | Where-Object { Test-Path $_ } | Select-Object -First 1
  }
  if (-not $iscc) { throw "ISCC.exe (Inno Setup 6) not found: install it or set `$env:ISCC, or pass -SkipInstaller" }
  $isccArgs = @("/Q", "/DAppVersion=$Version", "/DSourceDir=$Out", "/DOutputDir=$Dist")
  if ($env:SPBE_SIGN_COMMAND) {
    $isccArgs += @("/Sspbesign=$($env:SPBE_SIGN_COMMAND)", "/DSignTool=spbesign")
  }
  $isccArgs += (Join-Path $Root "packaging\windows\installer.iss")
  Invoke-Checked $iscc $isccArgs
  $artefacts += (Join-Path $Dist "$Base-setup.exe")
}

# 7. checksums ---------------------------------------------------------------------------------
foreach ($file in $artefacts) {
  $hash = (Get-FileHash -Algorithm SHA256 $file).Hash.ToLower()
  Set-Content -Encoding ascii -Path "$file.sha256" -Value "$hash  $(Split-Path -Leaf $file)"
}
$size = (Get-ChildItem -Recurse -File $Out | Measure-Object -Sum Length).Sum / 1MB
Say ("done in {0:N0} s" -f ((Get-Date) - $Started).TotalSeconds)
Write-Host ("folder   : {0} ({1:N1} MiB)" -f $Out, $size)
foreach ($file in $artefacts) { Write-Host "artefact : $file" }
