# Build AnakGENIUS Studio on Windows: the one-folder app, a portable zip and the per-user installer.
# For a real Windows machine; not run in CI, which builds the same spec and .iss on Linux under Wine
# (packaging/windows/build_wine.sh, `make package-windows-check`). Run from the repo root in PowerShell:
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Needs Python 3.11+ (python.org installer, "py" launcher) and, for the installer, Inno Setup 6.3+
# (iscc.exe on PATH or in its default folder). With Git Bash, `bash packaging/build.sh` does the same.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
$Root = (Get-Location).Path
$Venv = if ($env:VENV) { $env:VENV } else { ".venv" }
$Py = Join-Path $Venv "Scripts\python.exe"
$Start = Get-Date

if (-not (Test-Path $Py)) {
    py -3 -m venv $Venv
    & $Py -m pip install -q --upgrade pip
}
& $Py -m pip install -q -e .
& $Py -m pip install -q -r packaging\requirements.txt
$Version = (& $Py -c "import app; print(app.__version__)").Trim()
Write-Host "== building AnakGENIUS Studio $Version for windows-x64"

Remove-Item -Recurse -Force dist\anakgenius, build\pyinstaller -ErrorAction SilentlyContinue
& $Py -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build\pyinstaller packaging\anakgenius.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

# Quick check of the frozen CLI (the GUI cannot be checked headless here).
& dist\anakgenius\anakgenius.exe --version
if ($LASTEXITCODE -ne 0) { throw "the frozen anakgenius.exe does not run" }

$Zip = "dist\AnakGENIUS-Studio-$Version-windows-x64-portable.zip"
Remove-Item -Force $Zip -ErrorAction SilentlyContinue
Compress-Archive -Path dist\anakgenius -DestinationPath $Zip

$Iscc = Get-Command iscc.exe -ErrorAction SilentlyContinue
if (-not $Iscc) {
    foreach ($p in @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
                     "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe")) {
        if (Test-Path $p) { $Iscc = Get-Item $p; break }
    }
}
if ($Iscc) {
    & $Iscc.Source /Q "/DAppVersion=$Version" "/DSourceDir=$Root\dist\anakgenius" "/DOutputDir=$Root\dist" packaging\windows\anakgenius.iss
    if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
} else {
    Write-Host "Inno Setup (ISCC.exe) not found: made the portable zip only"
}

$Unpacked = (Get-ChildItem -Recurse -File dist\anakgenius | Measure-Object -Sum Length).Sum
Write-Host ("== built in {0:N0} s" -f ((Get-Date) - $Start).TotalSeconds)
Write-Host ("unpacked:   {0:N0} MB  dist\anakgenius (budget 450 MB)" -f ($Unpacked / 1MB))
Get-ChildItem dist\AnakGENIUS-Studio-$Version-windows-* | ForEach-Object {
    Write-Host ("compressed: {0:N0} MB  {1}" -f ($_.Length / 1MB), $_.Name)
}
