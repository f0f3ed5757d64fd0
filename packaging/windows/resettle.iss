; Inno Setup 6 script: the Windows installer for Resettle, from the PyInstaller one-folder build.
;
;   pyinstaller --noconfirm --distpath packaging\dist --workpath packaging\build packaging\resettle.spec
;   iscc packaging\windows\resettle.iss
;
; -> packaging\dist\Resettle-<version>-setup.exe. The version is read from Resettle.exe (the
; spec writes it there from resettle/__init__.py); override with /DAppVersion=1.2.3.
; Signing: see packaging/windows/README.md (SignTool lines below, off until a certificate is set).
; Not built or tested in the Linux environment where this was written: see packaging/README.md.

#define AppName "Resettle"
#define AppExe "Resettle.exe"
#define CliExe "resettle-cli.exe"
#define Bundle AddBackslash(SourcePath) + "..\dist\resettle"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(Bundle + "\" + AppExe, "ProductVersion")
#endif
#if AppVersion == ""
  #error Resettle.exe not found or without a version: build packaging\dist\resettle first
#endif

[Setup]
; The AppId identifies the program for upgrades and uninstall: never change it.
AppId={{C0945F9C-D9C5-4C26-9991-534D3C5B4DC1}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Resettle developers
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Caseworkers often have no administrator rights: offer a per-user install.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
OutputDir={#SourcePath}\..\dist
OutputBaseFilename=Resettle-{#AppVersion}-setup
SetupIconFile={#SourcePath}\resettle.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
; SignTool=resettlesign $f
; SignedUninstaller=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "korean"; MessagesFile: "compiler:Languages\Korean.isl"

[CustomMessages]
english.SelfTest=Check this installation (self-test)
korean.SelfTest=설치 점검 (자체 테스트)
english.RunSelfTest=Run the self-test now
korean.RunSelfTest=지금 자체 테스트 실행

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder build: Resettle.exe (windowed), resettle-cli.exe (console) and _internal\.
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the program files, so no stale module of an older version stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autoprograms}\{#AppName} - {cm:SelfTest}"; Filename: "{cmd}"; Parameters: "/k ""{app}\{#CliExe}"" self-test"; WorkingDir: "{app}"; IconFilename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{cmd}"; Parameters: "/k ""{app}\{#CliExe}"" self-test"; Description: "{cm:RunSelfTest}"; Flags: postinstall skipifsilent unchecked
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; Uninstalling removes the program only. The encrypted database, its backups and logs live in
; the user's data folder (%LOCALAPPDATA%\Resettle, see platformdirs) and the database key in
; Windows Credential Manager; both stay, on purpose: deleting case records is an office decision
; (see packaging/windows/README.md for removing them by hand).
