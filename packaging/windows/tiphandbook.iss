; Inno Setup 6 script: a per-user installer for the Windows build (dist\tiphandbook from scripts/build-app).
; No administrator rights: it installs under %LOCALAPPDATA%\Programs and adds a Start-menu entry for this user
; only. Built by the CI workflow (.github/workflows/build-app.yml):
;     iscc /DAppVersion=VERSION packaging\windows\tiphandbook.iss     -> dist\tiphandbook-setup.exe
; where VERSION is tiphandbook.__version__ (tiphandbook/__init__.py, the one place the version is written).
; UNTESTED: written on Linux, where Inno Setup does not run. Run it on Windows before relying on it.

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=VERSION (tiphandbook.__version__)
#endif

[Setup]
; A fixed id, so that a newer installer replaces this installation instead of adding a second one.
AppId={{6E0B2F4C-3B8E-4F37-9C51-2A1D7E5B9F10}
AppName=TIP Handbook
AppVersion={#AppVersion}
DefaultDirName={autopf}\TIP Handbook
DefaultGroupName=TIP Handbook
DisableProgramGroupPage=yes
; Per user, never elevated: {autopf} is then %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
OutputDir=..\..\dist
OutputBaseFilename=tiphandbook-setup
SetupIconFile=..\icons\tiphandbook.ico
UninstallDisplayIcon={app}\tiphandbook.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\tiphandbook\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{autoprograms}\TIP Handbook"; Filename: "{app}\tiphandbook.exe"
Name: "{autodesktop}\TIP Handbook"; Filename: "{app}\tiphandbook.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\tiphandbook.exe"; Description: "{cm:LaunchProgram,TIP Handbook}"; Flags: nowait postinstall skipifsilent

; The user's settings, database and search cache (%LOCALAPPDATA%\tiphandbook) are kept on uninstall: case records
; live there.
