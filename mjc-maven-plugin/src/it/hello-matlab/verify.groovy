// the jar the build made runs the MATLAB entry with nothing else on the class path
File jar = new File(basedir, "target/hello-matlab-1.0.jar")
assert jar.isFile() : "no jar at ${jar}"
String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java"
Process p = new ProcessBuilder(java, "-jar", jar.path).redirectErrorStream(true).start()
String out = p.inputStream.text
int status = p.waitFor()
assert status == 0 : "the jar exited with ${status}: ${out}"
assert out == "hello from matlab: 42\n" : "the jar printed [${out}]"
assert new File(basedir, "target/classes/mjcprog/hello.class").isFile()
assert new File(basedir, "target/classes/META-INF/mjc/program.properties").isFile()
return true
