@echo off
rem syncopate.cmd - Windows launcher for Syncopate (cmd, Task Scheduler, PowerShell).
rem
rem   syncopate run nightly.sync.groovy
rem   syncopate robocopy C:\Data D:\Backup /MIR /XF *.tmp /R:3 /W:5
rem
rem Finds Java the way scripts/find-java.sh does (and syncopate.ps1): JAVA_HOME when it is new
rem enough, then java on PATH, then the newest JDK in or directly under the roots
rem   %ProgramFiles%\{Java, Eclipse Adoptium, Microsoft, Zulu, Amazon Corretto, BellSoft, Semeru}
rem   %LOCALAPPDATA%\Programs\Eclipse Adoptium   %USERPROFILE%\.jdks (IntelliJ's downloads)
rem which SYNCOPATE_JAVA_SEARCH (semicolon-separated) replaces. SYNCOPATE_MIN_JAVA (default 21)
rem is the oldest Java accepted. Task Scheduler gives no JAVA_HOME and a minimal PATH.
rem
rem Runs cli\target\dist\syncopate.jar and returns its exit code EXACTLY: Robocopy's bit mask
rem (0-16) must reach the scheduler, so this ends with "exit /b %ERRORLEVEL%", never
rem "if errorlevel 1" (which would collapse 1-16 to one value).
rem Launcher failures (no Java, no distribution) exit 16. SYNCOPATE_JAVA_OPTS adds JVM options.
rem
rem java.exe expands unquoted * and ? in program arguments against the current directory
rem ("/XF *.tmp" would become "/XF a.tmp b.tmp" wherever such files exist). The raw command line
rem therefore also travels in SYNCOPATE_CMDLINE (named by -Dsyncopate.cmdline.env, which is
rem also lossless for non-ANSI characters); the Java side splits it with the Windows rules.
rem
rem Delayed expansion stays off (a "!" in an argument or path must survive), so a variable set
rem inside a ( ) block is never expanded in that block; the search runs in subroutines, one line
rem at a time.
rem Paths like "C:\Program Files (x86)" are always quoted, or their ")" would end a block.
setlocal EnableExtensions DisableDelayedExpansion

for %%I in ("%~dp0..") do set "SYN_HOME=%%~fI"
if "%SYN_HOME:~-1%"=="\" set "SYN_HOME=%SYN_HOME%."
set "SYN_DIST=%SYN_HOME%\cli\target\dist"
set "SYN_CP=%SYN_DIST%\syncopate.jar;%SYN_DIST%\lib\*"
rem an unpacked distribution (scripts/dist): nothing to build, every jar in lib\
if exist "%SYN_HOME%\lib\syncopate.jar" (
    set "SYN_DIST=%SYN_HOME%\lib"
    set "SYN_CP=%SYN_HOME%\lib\*"
)
set "SYN_JAVA="
set "SYN_BEST=0"
set "SYN_MIN=21"
if defined SYNCOPATE_MIN_JAVA set /a "SYN_MIN=SYNCOPATE_MIN_JAVA" 2>nul

if defined JAVA_HOME call :consider "%JAVA_HOME%\bin\java.exe"
if defined SYN_JAVA goto found
for %%J in (java.exe) do if not "%%~$PATH:J"=="" call :consider "%%~$PATH:J"
if defined SYN_JAVA goto found
set "SYN_ROOTS=%SYNCOPATE_JAVA_SEARCH%"
if defined SYN_ROOTS goto search
set "SYN_ROOTS=%ProgramFiles%\Java;%ProgramFiles%\Eclipse Adoptium;%ProgramFiles%\Microsoft"
set "SYN_ROOTS=%SYN_ROOTS%;%ProgramFiles%\Zulu;%ProgramFiles%\Amazon Corretto"
set "SYN_ROOTS=%SYN_ROOTS%;%ProgramFiles%\BellSoft;%ProgramFiles%\Semeru"
if defined LOCALAPPDATA set "SYN_ROOTS=%SYN_ROOTS%;%LOCALAPPDATA%\Programs\Eclipse Adoptium"
if defined USERPROFILE set "SYN_ROOTS=%SYN_ROOTS%;%USERPROFILE%\.jdks"
:search
rem "a;b" becomes "a" "b": each root one quoted item
for %%R in ("%SYN_ROOTS:;=" "%") do call :root "%%~R"
if defined SYN_JAVA goto found
echo syncopate: no Java %SYN_MIN% or newer found (set JAVA_HOME); searched JAVA_HOME, PATH and "%SYN_ROOTS%" 1>&2
exit /b 16

:found
if exist "%SYN_DIST%\syncopate.jar" goto run
where mvn >nul 2>nul
if errorlevel 1 goto nomaven
for %%J in ("%SYN_JAVA%\..\..") do set "JAVA_HOME=%%~fJ"
echo syncopate: building the distribution (mvn -B -q -DskipTests package) ... 1>&2
pushd "%SYN_HOME%"
call mvn -B -q -DskipTests package 1>&2 <nul
set "SYN_RC=%ERRORLEVEL%"
popd
if not "%SYN_RC%"=="0" goto buildfailed
if exist "%SYN_DIST%\syncopate.jar" goto run
:buildfailed
echo syncopate: building the distribution failed; run "mvn -DskipTests package" in %SYN_HOME% 1>&2
exit /b 16
:nomaven
echo syncopate: %SYN_DIST%\syncopate.jar is missing and Maven (mvn) is not on PATH to build it 1>&2
exit /b 16

:run
rem JVM options as in scripts/syncopate: a short-lived CLI starts fastest with the serial GC,
rem C1 only, no perf-data file, a small initial heap; JVM warnings go to stderr, not stdout.
set "SYNCOPATE_CMDLINE=%*"
rem GraalVM's JavaScript engine (js() hooks) loads a native library and uses sun.misc.Unsafe: JDK 24+
rem warns about both unless allowed; older JDKs neither warn nor know the second flag.
set "SYN_JSFLAGS="
set "SYN_WARNS_NATIVE=24"
if %SYN_JAVA_MAJOR% GEQ %SYN_WARNS_NATIVE% set "SYN_JSFLAGS=--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow"
"%SYN_JAVA%" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData -Xms24m -Xmn16m -Xshare:auto -Xlog:disable "-Xlog:all=warning,cds*=off:stderr" %SYN_JSFLAGS% "-Dsyncopate.home=%SYN_HOME%" "-Dsyncopate.launcher=%~f0" -Dsyncopate.cmdline.env=SYNCOPATE_CMDLINE %SYNCOPATE_JAVA_OPTS% -cp "%SYN_CP%" dev.syncopate.cli.Main %*
exit /b %ERRORLEVEL%


rem ---- subroutines ------------------------------------------------------------------------
rem :root DIR - consider DIR itself and each directory in it as a JDK home
:root
if "%~1"=="" exit /b 0
if not exist "%~1\" exit /b 0
call :consider "%~1\bin\java.exe"
for /d %%D in ("%~1\*") do call :consider "%%~fD\bin\java.exe"
exit /b 0

rem :consider JAVA_EXE - remember it when it is at least SYN_MIN and newer than the best so far
:consider
if not exist "%~1" exit /b 0
call :version "%~1"
if errorlevel 1 exit /b 0
if %SYN_MAJOR% LSS %SYN_MIN% exit /b 0
if %SYN_KEY% LEQ %SYN_BEST% exit /b 0
set "SYN_BEST=%SYN_KEY%"
set "SYN_JAVA=%~1"
set "SYN_JAVA_MAJOR=%SYN_MAJOR%"
exit /b 0

rem :version JAVA_EXE - SYN_MAJOR and SYN_KEY from ..\release (JAVA_VERSION="25.0.1"),
rem else from "java -version"; 1.8.0_402 counts as 8.0.402
:version
set "SYN_V="
set "SYN_MAJOR=0"
set "SYN_MINOR=0"
set "SYN_PATCH=0"
if exist "%~dp1..\release" for /f "usebackq tokens=1,* delims==" %%A in ("%~dp1..\release") do (
    if "%%A"=="JAVA_VERSION" set "SYN_V=%%~B"
)
if not defined SYN_V for /f "tokens=3" %%V in ('call "%~1" -version 2^>^&1 ^| findstr /i /c:"version"') do (
    if not defined SYN_V set "SYN_V=%%~V"
)
if not defined SYN_V exit /b 1
if "%SYN_V:~0,2%"=="1." set "SYN_V=%SYN_V:~2%"
for /f "tokens=1-3 delims=.-+_" %%A in ("%SYN_V%") do (
    set "SYN_MAJOR=%%A"
    if not "%%B"=="" set "SYN_MINOR=%%B"
    if not "%%C"=="" set "SYN_PATCH=%%C"
)
set /a "SYN_KEY=SYN_MAJOR*1000000+SYN_MINOR*1000+SYN_PATCH" 2>nul
if errorlevel 1 exit /b 1
exit /b 0
