; Inno Setup script: a per-user installer for the Windows bundle (dist\SupportDesk\,
; built from packaging\supportdesk.spec). Built in CI by .github\workflows\windows.yml:
;   iscc /DAppVersion=0.1.0 packaging\windows\supportdesk.iss
;
; - per user, no administrator rights: PrivilegesRequired=lowest installs under
;   %LOCALAPPDATA%\Programs\SupportDesk (an administrator may choose "all users");
; - Start-menu entry with the icon, an uninstall entry in Settings > Apps;
; - the data (%LOCALAPPDATA%\SupportDesk: the database and its backups) and the
;   settings (HKCU\Software\SupportDesk) are not the installer's files, so uninstalling
;   leaves them where they are: a reinstall finds everything back.
; Paths below are relative to this file (Inno's SourceDir).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{5B8E2C1A-7F4D-4E3B-9A61-2D0C8F3E7B54}
AppName=SupportDesk
AppVersion={#AppVersion}
AppVerName=SupportDesk {#AppVersion}
AppPublisher=The SupportDesk team
DefaultDirName={autopf}\SupportDesk
DefaultGroupName=SupportDesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\..\LICENSE
SetupIconFile=..\..\dist\SupportDesk\supportdesk.ico
UninstallDisplayIcon={app}\SupportDesk.exe
UninstallDisplayName=SupportDesk
OutputDir=..\..\dist
OutputBaseFilename=SupportDesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\SupportDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\SupportDesk"; Filename: "{app}\SupportDesk.exe"; IconFilename: "{app}\supportdesk.ico"; AppUserModelID: "be.supportdesk.SupportDesk"
Name: "{autodesktop}\SupportDesk"; Filename: "{app}\SupportDesk.exe"; IconFilename: "{app}\supportdesk.ico"; Tasks: desktopicon

[Run]
Filename: "{app}\SupportDesk.exe"; Description: "{cm:LaunchProgram,SupportDesk}"; Flags: nowait postinstall skipifsilent
