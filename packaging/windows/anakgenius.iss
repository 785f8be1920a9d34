; Inno Setup script: a per-user installer for AnakGENIUS Studio (no admin rights needed), in
; Indonesian and English.
;
; Built and smoke-tested in CI on every change, on Linux under Wine: `make package-windows-check`
; (packaging/windows/build_wine.sh compiles this file with ISCC.exe 6.4.1; smoke_wine.sh installs
; it silently in a fresh Wine prefix, runs both programs and uninstalls). On Windows, after
; `bash packaging/build.sh` (Git Bash), which calls it when iscc is on PATH, or by hand from the
; repo root:
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
; Per-user install by default: {autopf} is %LOCALAPPDATA%\Programs and {group} a folder in the user's
; Start menu. /ALLUSERS (from an elevated prompt) installs for everyone instead.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Setup speaks the language of Windows' display language (Indonesian or English) without asking;
; /LANG=indonesian or /LANG=english chooses. The uninstaller keeps the language chosen here.
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=AnakGENIUS-Studio-{#AppVersion}-windows-x64-setup
SetupIconFile=..\icons\anakgenius.ico
UninstallDisplayIcon={app}\{#AppExe}
; The name in Settings > Apps, in the installer's language ("pembuat video" / "video maker").
UninstallDisplayName={cm:AppDisplayName,{#AppName}}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
; Indonesian first: it is the default when Windows' language is neither of the two. Inno Setup
; ships no Indonesian translation; Indonesian.isl beside this file is the project's own (MIT,
; like the app: see its header).
Name: "indonesian"; MessagesFile: "Indonesian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
english.AppDisplayName=%1 (video maker)
indonesian.AppDisplayName=%1 (pembuat video)
english.AppComment=Turn a phone clip into a share-ready vertical campaign video, offline
indonesian.AppComment=Ubah klip ponsel menjadi video kampanye vertikal yang siap dibagikan, tanpa internet

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
; Start menu: a folder with the app and its uninstaller, both named in the installer's language
; ("Uninstall AnakGENIUS Studio" / "Hapus AnakGENIUS Studio").
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Comment: "{cm:AppComment}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the installer put there; the user's videos, settings and campaign packs stay.
Type: filesandordirs; Name: "{app}\_internal"
