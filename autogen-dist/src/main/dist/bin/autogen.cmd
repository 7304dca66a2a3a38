@echo off
rem autogen from its unpacked archive: runs the CLI on the jars in ..\lib, from any directory.
rem Needs a JDK 17+ (migrations are compiled in memory): JAVA_HOME's, else java on PATH. JAVA_OPTS goes to the JVM.
setlocal
set "AUTOGEN_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC %JAVA_OPTS% -cp "%AUTOGEN_HOME%\lib\*" autogen.cli.AutogenCommand %*
exit /b %ERRORLEVEL%
