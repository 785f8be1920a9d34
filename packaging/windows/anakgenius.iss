; Inno Setup script: a per-user installer for AnakGENIUS Studio (no admin rights needed).
; UNTESTED here (only Linux can be built in this repo's CI); written from the Inno Setup 6 docs.
;
; Build on Windows after `bash packaging/build.sh` (Git Bash), which calls it when iscc is on PATH,
; or by hand from the repo root:
;   iscc /DAppVersion=0.1.0 /DSourceDir=%CD%\dist\anakgenius /DOutputDir=%CD%\dist packaging\windows\anakgenius.iss
; Needs Inno Setup 6.3 or newer (for "x64compatible").
;
; Silent install for many laptops (each user, or for all users from an admin prompt):
;   AnakGENIUS-Studio-0.1.0-windows-x64-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;   AnakGENIUS-Studio-0.1.0-windows-x64-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\anakgenius"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define AppName "AnakGENIUS Studio"
#define AppExe "AnakGENIUS Studio.exe"

[Setup]
; A fixed AppId keeps upgrades and the uninstaller tied to this app; never change it.
AppId={{6F1C2E7A-4B1D-4E55-9A3B-2C8D0A61B7E4}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=AnakGENIUS Studio developers
; Per-user install by default: {autopf} is %LOCALAPPDATA%\Programs and {autoprograms} the user's
; Start menu. /ALLUSERS (from an elevated prompt) installs for everyone instead.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=AnakGENIUS-Studio-{#AppVersion}-windows-x64-setup
SetupIconFile=..\icons\anakgenius.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Indonesian is an unofficial Inno Setup translation: used when it was added to Languages\.
#if FileExists(AddBackslash(CompilerPath) + "Languages\Indonesian.isl")
Name: "indonesian"; MessagesFile: "compiler:Languages\Indonesian.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller one-folder build: AnakGENIUS Studio.exe (windowed), anakgenius.exe (CLI)
; and _internal\ (Python, Qt, ffmpeg, fonts, song, campaign packs).
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the old _internal folder, so no stale library is left to be loaded.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the installer put there; the user's videos, settings and campaign packs stay.
Type: filesandordirs; Name: "{app}\_internal"
