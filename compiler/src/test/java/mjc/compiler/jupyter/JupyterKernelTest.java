package mjc.compiler.jupyter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import mjc.runtime.error.MatlabError;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Jupyter kernel: cells in one session; and, where Debian's python3-jupyter-client is
 * installed, a real client starting the kernel from its kernelspec and executing cells.
 */
class JupyterKernelTest {
    @TempDir
    Path dir;

    private static String run(MjcKernel k, String code) {
        PrintStream saved = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            k.evalRaw(code);
        } finally {
            System.setOut(saved);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void cellsShareOneSession() {
        MjcKernel k = MjcKernel.builder().build();
        assertThat(run(k, "x = 1 + 1")).isEqualTo("x = 2\n");
        assertThat(run(k, "% a comment, not a magic\ny = x * 10;\ndisp(y)")).isEqualTo("20\n");
        assertThat(run(k, "r = await(async @() do\n  await(sleep_ms(1));\n  7\nend);\ndisp(r)")).endsWith("7\n");
        assertThat(k.isComplete("for i = 1:3")).isNotEqualTo(MjcKernel.IS_COMPLETE_YES);
        assertThat(k.isComplete("for i = 1:3\nend")).isEqualTo(MjcKernel.IS_COMPLETE_YES);
        try {
            k.evalRaw("error('my:id', 'boom')");
        } catch (MatlabError e) {
            assertThat(k.formatError(e)).first().isEqualTo("error: boom");
        }
    }

    @Test
    void realJupyterClientExecutesACell() throws Exception {
        Path python = Path.of("/usr/bin/python3");
        Assumptions.assumeTrue(Files.isExecutable(python), "python3 is not installed");
        Process probe = new ProcessBuilder(python.toString(), "-c", "import jupyter_client").start();
        Assumptions.assumeTrue(probe.waitFor() == 0, "python3-jupyter-client is not installed");

        Path kernels = dir.resolve("kernels");
        int status = new picocli.CommandLine(new mjc.compiler.cli.Main()).execute("jupyter", "install", "--dir", kernels.toString());
        assertThat(status).isZero();
        Path client = dir.resolve("client.py");
        Files.writeString(client, String.join("\n",
            "from jupyter_client.manager import KernelManager",
            "from jupyter_client.kernelspec import KernelSpecManager",
            "ksm = KernelSpecManager()",
            "ksm.kernel_dirs = ['" + kernels + "']",
            "km = KernelManager(kernel_name='mjc', kernel_spec_manager=ksm)",
            "km.start_kernel()",
            "kc = km.client()",
            "kc.start_channels()",
            "kc.wait_for_ready(timeout=60)",
            "msg_id = kc.execute('x = 1 + 1')",
            "out = []",
            "while True:",
            "    m = kc.get_iopub_msg(timeout=60)",
            "    if m['parent_header'].get('msg_id') != msg_id:",
            "        continue",
            "    if m['msg_type'] == 'stream':",
            "        out.append(m['content']['text'])",
            "    if m['msg_type'] == 'status' and m['content']['execution_state'] == 'idle':",
            "        break",
            "print(''.join(out), end='')",
            "kc.stop_channels()",
            "km.shutdown_kernel(now=True)",
            ""));
        Process p = new ProcessBuilder(python.toString(), client.toString()).redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(out).isEqualTo("x = 2\n");
    }
}
