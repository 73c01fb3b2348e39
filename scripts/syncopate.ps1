# syncopate.ps1 - PowerShell launcher for Syncopate (Windows PowerShell 5.1, PowerShell 7+).
#
#   .\syncopate.ps1 run nightly.sync.groovy
#   .\syncopate.ps1 robocopy C:\Data D:\Backup /MIR /XF *.tmp /R:3 /W:5
#
# Finds Java the way scripts/find-java.sh and syncopate.cmd do: JAVA_HOME when it is new enough,
# then java on PATH, then the newest JDK in or directly under the roots
#   $env:ProgramFiles\{Java, Eclipse Adoptium, Microsoft, Zulu, Amazon Corretto, BellSoft, Semeru}
#   $env:LOCALAPPDATA\Programs\Eclipse Adoptium   $env:USERPROFILE\.jdks (IntelliJ's downloads)
# which SYNCOPATE_JAVA_SEARCH (separated by ';', the path separator) replaces.
# SYNCOPATE_MIN_JAVA (default 21) is the oldest Java accepted.
# Runs cli\target\dist\syncopate.jar and exits with the JVM's exit code unchanged (Robocopy's
# bit mask). Launcher failures exit 16.
# SYNCOPATE_JAVA_OPTS adds JVM options (split on blanks).
#
# java.exe expands unquoted * and ? in program arguments against the current directory, so the
# arguments also travel, quoted by the Windows rules, in SYNCOPATE_CMDLINE (named by
# -Dsyncopate.cmdline.env); the Java side splits that instead.
# No param() block: every argument is the application's, in $args.

# 'Continue' (the default) on purpose: under 'Stop', Windows PowerShell 5.1 turns the first
# line a native program writes to a redirected stderr (java -version, Maven) into an exception.
$ErrorActionPreference = 'Continue'

function Join-Parts([string]$first) {
    $p = $first
    foreach ($part in $args) { $p = Join-Path $p $part }
    return $p
}

function Get-JavaVersionKey([string]$JavaExe) {
    # -> @(major, sortable key) from ..\release (JAVA_VERSION="25.0.1") or `java -version`
    $v = $null
    $release = Join-Path (Split-Path -Parent (Split-Path -Parent $JavaExe)) 'release'
    if (Test-Path -LiteralPath $release) {
        $m = Select-String -LiteralPath $release -Pattern '^JAVA_VERSION="([^"]+)"' | Select-Object -First 1
        if ($m) { $v = $m.Matches[0].Groups[1].Value }
    }
    if (-not $v) {
        $out = & $JavaExe -version 2>&1 | ForEach-Object { "$_" } |
            Select-String -Pattern 'version "([^"]+)"' | Select-Object -First 1
        if ($out) { $v = $out.Matches[0].Groups[1].Value }
    }
    if (-not $v) { return $null }
    $p = @($v -split '[^0-9]+' | Where-Object { $_ -ne '' } | ForEach-Object { [long]$_ }) + @(0, 0, 0)
    if ($p[0] -eq 1) { $p = @($p[1..3]) }   # 1.8.0_402 -> 8
    return @($p[0], ($p[0] * 1000000 + $p[1] * 1000 + $p[2]))
}

$minJava = 21
if ($env:SYNCOPATE_MIN_JAVA) { $minJava = [int]$env:SYNCOPATE_MIN_JAVA }
$sep = [IO.Path]::PathSeparator
$exe = if ($IsWindows -or $env:OS -eq 'Windows_NT') { 'java.exe' } else { 'java' }
$java = $null
$best = 0
$javaMajor = 0

function Select-Java([string]$JavaExe) {
    # remember JavaExe when it is at least $minJava and newer than the best so far
    if (-not $JavaExe -or -not (Test-Path -LiteralPath $JavaExe -PathType Leaf)) { return }
    $k = Get-JavaVersionKey $JavaExe
    if ($k -and $k[0] -ge $minJava -and $k[1] -gt $script:best) { $script:best = $k[1]; $script:java = $JavaExe; $script:javaMajor = $k[0] }
}

if ($env:JAVA_HOME) { Select-Java (Join-Parts $env:JAVA_HOME 'bin' $exe) }
if (-not $java) {
    $cmd = Get-Command $exe -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
    if ($cmd) { Select-Java $cmd.Source }
}
if ($env:SYNCOPATE_JAVA_SEARCH) {
    $roots = @($env:SYNCOPATE_JAVA_SEARCH -split $sep)
} else {
    $roots = @("$env:ProgramFiles\Java", "$env:ProgramFiles\Eclipse Adoptium", "$env:ProgramFiles\Microsoft",
        "$env:ProgramFiles\Zulu", "$env:ProgramFiles\Amazon Corretto",
        "$env:ProgramFiles\BellSoft", "$env:ProgramFiles\Semeru")
    if ($env:LOCALAPPDATA) { $roots += "$env:LOCALAPPDATA\Programs\Eclipse Adoptium" }
    if ($env:USERPROFILE) { $roots += "$env:USERPROFILE\.jdks" }
}
if (-not $java) {
    foreach ($root in $roots) {
        if (-not $root -or -not (Test-Path -LiteralPath $root -PathType Container)) { continue }
        $homes = @($root) + @(Get-ChildItem -LiteralPath $root -Directory -ErrorAction SilentlyContinue |
            ForEach-Object { $_.FullName })
        foreach ($jdk in $homes) { Select-Java (Join-Parts $jdk 'bin' $exe) }
    }
}
if (-not $java) {
    $searched = $roots -join $sep
    [Console]::Error.WriteLine("syncopate: no Java $minJava or newer found (set JAVA_HOME); searched JAVA_HOME, PATH and ""$searched""")
    exit 16
}

$synHome = (Resolve-Path -LiteralPath (Join-Path $PSScriptRoot '..')).ProviderPath
$dist = Join-Parts $synHome 'cli' 'target' 'dist'
$jar = Join-Path $dist 'syncopate.jar'
# an unpacked distribution (scripts/dist): nothing to build, every jar in lib
$unpacked = Test-Path -LiteralPath (Join-Parts $synHome 'lib' 'syncopate.jar')
if ($unpacked) { $dist = Join-Path $synHome 'lib'; $jar = Join-Path $dist 'syncopate.jar' }
if (-not (Test-Path -LiteralPath $jar)) {
    if (-not (Get-Command mvn -ErrorAction SilentlyContinue)) {
        [Console]::Error.WriteLine("syncopate: $jar is missing and Maven (mvn) is not on PATH to build it")
        exit 16
    }
    [Console]::Error.WriteLine('syncopate: building the distribution (mvn -B -q -DskipTests package) ...')
    $env:JAVA_HOME = Split-Path -Parent (Split-Path -Parent $java)
    Push-Location -LiteralPath $synHome
    try { & mvn -B -q -DskipTests package 2>&1 | ForEach-Object { [Console]::Error.WriteLine("$_") } }
    finally { Pop-Location }
    if ($LASTEXITCODE -ne 0 -or -not (Test-Path -LiteralPath $jar)) {
        [Console]::Error.WriteLine("syncopate: building the distribution failed; run 'mvn -DskipTests package' in $synHome")
        exit 16
    }
}

# Quote one argument by the Windows command-line rules (CommandLineToArgvW).
function ConvertTo-WindowsArg([string]$a) {
    if ($a -ne '' -and $a -notmatch '[\s"]') { return $a }
    $s = $a -replace '(\\*)"', '$1$1\"'      # backslashes before a quote double, the quote escapes
    $s = $s -replace '(\\+)$', '$1$1'         # trailing backslashes double before the closing quote
    return '"' + $s + '"'
}
$env:SYNCOPATE_CMDLINE = (@($args) | ForEach-Object { ConvertTo-WindowsArg "$_" }) -join ' '

# JVM options as in scripts/syncopate: a short-lived CLI starts fastest with the serial GC,
# C1 only, no perf-data file, a small initial heap; JVM warnings go to stderr, not stdout.
$jvm = @('-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-XX:-UsePerfData', '-Xms24m', '-Xmn16m', '-Xshare:auto',
    '-Xlog:disable', '-Xlog:all=warning,cds*=off:stderr',
    "-Dsyncopate.home=$synHome", "-Dsyncopate.launcher=$PSCommandPath",
    '-Dsyncopate.cmdline.env=SYNCOPATE_CMDLINE')
# GraalVM's JavaScript engine (js() hooks) loads a native library and uses sun.misc.Unsafe: JDK 24+
# warns about both unless allowed; older JDKs neither warn nor know the second flag.
$warnsNative = 24   # the first JDK that warns
if ($javaMajor -ge $warnsNative) { $jvm += @('--enable-native-access=ALL-UNNAMED', '--sun-misc-unsafe-memory-access=allow') }
if ($env:SYNCOPATE_JAVA_OPTS) { $jvm += @($env:SYNCOPATE_JAVA_OPTS -split '\s+' | Where-Object { $_ -ne '' }) }
$cp = $jar + $sep + (Join-Parts $dist 'lib' '*')
if ($unpacked) { $cp = Join-Path $dist '*' }

& $java @jvm -cp $cp dev.syncopate.cli.Main @args
exit $LASTEXITCODE
