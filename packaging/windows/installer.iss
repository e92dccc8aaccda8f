; Inno Setup 6 script for spbe-desktop: a per-user installer that needs no administrator.
;
; Built by packaging\windows\build-windows.ps1, which passes the version and the PyInstaller
; folder:  iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist\spbe-desktop installer.iss
; Output:  dist\spbe-desktop-<version>-windows-x64-setup.exe
;
; What it does:
; - installs into %LOCALAPPDATA%\Programs\spbe-desktop ({autopf} in per-user mode), no UAC
;   prompt; an IT admin can still install for all users with /ALLUSERS on the command line
;   (then Program Files and HKLM; "HKA" below follows the mode, so it is HKCU per user);
; - Start-menu entry (and an optional desktop icon);
; - opens .spbe (workspace), .spbebundle (bundle), .spbekit (kit) and .spbereceipt (receipt)
;   with the app, registered under HKCU\Software\Classes;
; - an uninstaller (Settings > Apps), which removes the program but never the user's data
;   (%LOCALAPPDATA%\spbe-desktop and the workspaces the officer saved);
; - Indonesian wizard when Inno Setup has Languages\Indonesian.isl (a community translation:
;   see packaging\README.md), English otherwise. Our own texts below exist in both.
;
; Code signing: set SPBE_SIGN_COMMAND for build-windows.ps1 (see there); nothing is signed otherwise.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z installer.iss
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\spbe-desktop"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define AppName "SPBE Desktop"
#define AppSlug "spbe-desktop"
#define ExeName "spbe-desktop.exe"
#define AppUserModelId "io.github.spbe_desktop.SpbeDesktop"
#define IconFile "..\..\resources\app-icon\spbe.ico"
#if FileExists(CompilerPath + "Languages\Indonesian.isl")
  #define HaveIndonesian
#endif

[Setup]
; AppId must never change: it is how an update finds the previous installation.
AppId={{AA0DC135-AEB1-4D68-ADF7-6E82AA999606}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=spbe-desktop team
AppComments=Penilaian mandiri SPBE / Pemdi tanpa internet
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppSlug}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
UsedUserAreasWarning=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 needs Windows 10 or later.
MinVersion=10.0
ChangesAssociations=yes
CloseApplications=yes
RestartApplications=no
UninstallDisplayIcon={app}\{#ExeName}
UninstallDisplayName={#AppName}
SetupIconFile={#IconFile}
OutputDir={#OutputDir}
OutputBaseFilename={#AppSlug}-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage
#ifdef SignTool
SignTool={#SignTool}
SignedUninstaller=yes
#endif

[Languages]
#ifdef HaveIndonesian
Name: "id"; MessagesFile: "compiler:Languages\Indonesian.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
en.AssocGroup=File types:
en.AssocTask=Open SPBE files (.spbe, .spbebundle, .spbekit, .spbereceipt) with {#AppName}
en.TypeWorkspace=SPBE workspace
en.TypeBundle=SPBE evidence bundle
en.TypeKit=SPBE evaluation kit
en.TypeReceipt=SPBE receipt
en.CliShortcut={#AppName} command line (spbe)
#ifdef HaveIndonesian
id.AssocGroup=Jenis berkas:
id.AssocTask=Buka berkas SPBE (.spbe, .spbebundle, .spbekit, .spbereceipt) dengan {#AppName}
id.TypeWorkspace=Ruang kerja SPBE
id.TypeBundle=Paket bukti dukung SPBE
id.TypeKit=Kit evaluasi SPBE
id.TypeReceipt=Tanda terima SPBE
id.CliShortcut=Baris perintah {#AppName} (spbe)
#endif

[Tasks]
Name: "assoc"; Description: "{cm:AssocTask}"; GroupDescription: "{cm:AssocGroup}"
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the whole runtime, so no file of an older version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Excludes: "portable.txt,spbe-data"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#ExeName}"; AppUserModelID: "{#AppUserModelId}"; Comment: "{#AppName}"
; A console with spbe on PATH, started in Documents (for coordinators who script).
Name: "{autoprograms}\{cm:CliShortcut}"; Filename: "{cmd}"; Parameters: "/k ""set ""PATH={app};%PATH%"" && spbe --help"""; WorkingDir: "{userdocs}"; IconFilename: "{app}\{#ExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#ExeName}"; Tasks: desktopicon; AppUserModelID: "{#AppUserModelId}"

[Registry]
; One ProgID per file type; "%1" is the file the officer double-clicked.
; .spbe - workspace
Root: HKA; Subkey: "Software\Classes\.spbe"; ValueType: string; ValueName: ""; ValueData: "SpbeDesktop.Workspace"; Flags: uninsdeletevalue; Tasks: assoc
Root: HKA; Subkey: "Software\Classes\.spbe\OpenWithProgids"; ValueType: string; ValueName: "SpbeDesktop.Workspace"; ValueData: ""; Flags: uninsdeletevalue; Tasks: assoc
Root: HKA; Subkey: "Software\Classes\SpbeDesktop.Workspace"; ValueType: string; ValueName: ""; ValueData: "{cm:TypeWorkspace}"; Flags: uninsdeletekey; Tasks: assoc
Root: HKA; Subkey: "Software\Classes\SpbeDesktop.Workspace\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#ExeName},0"; Tasks: assoc
Root: HKA; Subkey: "Software\Classes\SpbeDesktop.Workspace\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#ExeName}"" ""%1"""; Tasks: assoc
; .spbebundle - signed evidence bundle
Root: HKA; Subkey: "Software\Classes\.spbebundle"; ValueType: string; ValueName: ""; ValueData: "SpbeDesktop.Bundle"; Flags: uninsdeletevalue; Tasks: assoc
Root: HKA; Subkey: "Software\Classes\.spbebundle\OpenWithProgids"; ValueType: string; ValueName: "SpbeDesktop.Bundle"; ValueData: ""; Flags: uninsdeletevalue; Tasks: assoc
Root: HKA; Subkey: "Software\Classes\SpbeDesktop.Bundle"; ValueType: string; ValueName: ""; ValueData: "{cm:TypeBundle}"; Flags: uninsdeletekey; Tasks: assoc
Root: HKA; Subkey: "Software\Classes\SpbeDesktop.Bundle\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#ExeName},0"; Tasks: assoc
Root: HKA; Subkey: "Software\Classes\SpbeDesktop.Bundle\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#ExeName}"" ""%1"""; Tasks: assoc
; .spbekit - evaluation kit from the coordinator
Root: HKA; Subkey: "Software\Classes\.spbekit"; ValueType: string; ValueName: ""; ValueData: "SpbeDesktop.Kit"; Flags: uninsdeletevalue; Tasks: assoc
Root: HKA; Subkey: "Software\Classes\.spbekit\OpenWithProgids"; ValueType: string; ValueName: "SpbeDesktop.Kit"; ValueData: ""; Flags: uninsdeletevalue; Tasks: assoc
Root: HKA; Subkey: "Software\Classes\SpbeDesktop.Kit"; ValueType: string; ValueName: ""; ValueData: "{cm:TypeKit}"; Flags: uninsdeletekey; Tasks: assoc
Root: HKA; Subkey: "Software\Classes\SpbeDesktop.Kit\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#ExeName},0"; Tasks: assoc
Root: HKA; Subkey: "Software\Classes\SpbeDesktop.Kit\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#ExeName}"" ""%1"""; Tasks: assoc
; .spbereceipt - receipt with the coordinator's verdicts
Root: HKA; Subkey: "Software\Classes\.spbereceipt"; ValueType: string; ValueName: ""; ValueData: "SpbeDesktop.Receipt"; Flags: uninsdeletevalue; Tasks: assoc
Root: HKA; Subkey: "Software\Classes\.spbereceipt\OpenWithProgids"; ValueType: string; ValueName: "SpbeDesktop.Receipt"; ValueData: ""; Flags: uninsdeletevalue; Tasks: assoc
Root: HKA; Subkey: "Software\Classes\SpbeDesktop.Receipt"; ValueType: string; ValueName: ""; ValueData: "{cm:TypeReceipt}"; Flags: uninsdeletekey; Tasks: assoc
Root: HKA; Subkey: "Software\Classes\SpbeDesktop.Receipt\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#ExeName},0"; Tasks: assoc
Root: HKA; Subkey: "Software\Classes\SpbeDesktop.Receipt\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#ExeName}"" ""%1"""; Tasks: assoc
; "Open with" list: the app and the types it supports.
Root: HKA; Subkey: "Software\Classes\Applications\{#ExeName}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#ExeName}\SupportedTypes"; ValueType: string; ValueName: ".spbe"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#ExeName}\SupportedTypes"; ValueType: string; ValueName: ".spbebundle"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#ExeName}\SupportedTypes"; ValueType: string; ValueName: ".spbekit"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#ExeName}\SupportedTypes"; ValueType: string; ValueName: ".spbereceipt"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#ExeName}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#ExeName}"" ""%1"""

[Run]
Filename: "{app}\{#ExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] for user data on purpose: workspaces and settings live in the user's
; folders (%LOCALAPPDATA%\spbe-desktop) and must survive an uninstall or a reinstall.
