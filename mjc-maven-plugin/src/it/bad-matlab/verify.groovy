// a syntax error fails the build with a Maven-style FILE:LINE:COL message
String log = new File(basedir, "build.log").text
assert log.contains("hello.m:2:") : "no located error in the build log"
assert log.contains("MATLAB compilation failed with 1 error")
return true
