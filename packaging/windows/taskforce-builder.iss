; Inno Setup script: the Windows installer of Task Force Builder.
;
; NOT BUILT OR TRIED ON THIS PROJECT'S MACHINES (they run Linux). How to build it, on
; Windows, is in README.md ("Building installers"). In short, from the repository root:
;   py -3.11 -m venv .venv && .venv\Scripts\pip install -e ".[packaging]"
;   .venv\Scripts\pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\taskforce-builder.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\taskforce-builder.iss
; which writes dist\taskforce-builder-0.1.0-windows-setup.exe.
;
; Installs for the current user without administrator rights (a coordinator's
; work laptop often has none), or for everyone when run as administrator, adds a
; Start menu entry, and makes .tfproj files open in the program on double-click.

#define AppName "Task Force Builder"
#define AppExe "taskforce-builder.exe"
#define ProgId "TaskForceBuilder.Project"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6C4B1E0A-3F1D-4C55-9B7E-2D8A4F1C7E21}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Task Force Builder developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Tell Explorer about the new file type when installing and uninstalling.
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=taskforce-builder-{#AppVersion}-windows-setup
SetupIconFile=..\icons\taskforce-builder.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The PyInstaller one-folder bundle, whole: taskforce-builder.exe (the window),
; taskforce-builder-cli.exe (check and export in a console) and _internal\.
Source: "..\..\dist\taskforce-builder\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .tfproj -> TaskForceBuilder.Project -> "taskforce-builder.exe" "%1"
; HKA is HKCU for a per-user install and HKLM for an install for everyone.
Root: HKA; Subkey: "Software\Classes\.tfproj"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.tfproj"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-tfproj"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.tfproj\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{#AppName} project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".tfproj"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
