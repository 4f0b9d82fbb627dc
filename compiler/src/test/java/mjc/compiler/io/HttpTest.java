package mjc.compiler.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mjc.compiler.demo.DemoServer;
import mjc.compiler.golden.ProgramRun;
import mjc.runtime.session.Session;
import mjc.runtime.task.Executor;
import mjc.runtime.task.Task;
import mjc.stdlib.io.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** webread, fetch and weboptions against a local server with slow, failing and malformed endpoints. */
class HttpTest {
    private static DemoServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws IOException {
        server = new DemoServer(0, 20);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private ProgramRun run(String source) throws IOException {
        Path f = dir.resolve("web.m");
        Files.writeString(f, "base = '" + server.url("") + "';\n" + source);
        return ProgramRun.of(f, "web.m", List.of());
    }

    @Test
    void textAndJsonBodies() throws IOException {
        ProgramRun r = run("t = webread([base '/text']);\nfprintf('%s|%s\\n', class(t), t);\n"
            + "it = webread([base '/item/4']);\nfprintf('%d %s %.1f\\n', it.id, it.name, it.price);\n"
            + "o = weboptions('ContentType', 'text');\nraw = webread([base '/item/4'], o);\ndisp(class(raw));\n"
            + "h = webread([base '/echo-header'], weboptions('HeaderFields', {'X-Demo', 'abc'}));\ndisp(h);\n");
        assertThat(r.stdout()).as(r.stderr()).isEqualTo("char|hello from the demo server\n4 item 4 6.0\nchar\nabc\n");
    }

    @Test
    void failuresAreMExceptionsWithIdentifiers() throws IOException {
        ProgramRun r = run("urls = {[base '/status/404'], [base '/status/500'], [base '/bad-json'], "
            + "'http://127.0.0.1:1/x', 'ftp://nowhere/x'};\n"
            + "for k = 1:numel(urls)\n  try\n    webread(urls{k});\n    disp('no error');\n"
            + "  catch e\n    disp(e.identifier);\n  end\nend\n"
            + "try\n  webread([base '/slow?ms=2000'], weboptions('Timeout', 0.2));\ncatch e\n  disp(e.identifier);\nend\n");
        assertThat(r.stdout()).as(r.stderr()).isEqualTo("MATLAB:webservices:HTTP404StatusCodeError\n"
            + "MATLAB:webservices:HTTP500StatusCodeError\nMATLAB:json:SyntaxError\n"
            + "MATLAB:webservices:ConnectionRefused\nMATLAB:webservices:InvalidURL\nMATLAB:webservices:Timeout\n");
        assertThat(r.stderr()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void uncaughtHttpErrorEndsTheProgramCleanly() throws IOException {
        ProgramRun r = run("webread([base '/status/404']);\n");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.stderr()).startsWith("error: The server returned the status 404").contains("web.m:2");
    }

    @Test
    void fanOutJoinsAllResultsInArgumentOrder() throws IOException {
        ProgramRun r = run("ts = cell(1, 30);\nfor k = 1:30\n  ts{k} = fetch(sprintf('%s/item/%d', base, k));\nend\n"
            + "r = await(join(ts));\nfprintf('%d ', cellfun(@(x) x.id, r));\nfprintf('\\n');\n");
        StringBuilder expected = new StringBuilder();
        for (int k = 1; k <= 30; k++) {
            expected.append(k).append(' ');
        }
        assertThat(r.stdout()).as(r.stderr()).isEqualTo(expected + "\n");
    }

    @Test
    void timeoutCancelsThePendingRequestAndReleasesIt() throws Exception {
        Executor ex = Executor.virtual();
        Session s = new Session(System.out, System.err);
        s.setExecutor(ex);
        ex.attach(s);
        Session prev = Session.install(s);
        try {
            Task fetch = Http.fetchTask(server.url("/slow?ms=400"), 5);
            ex.spawn(fetch);
            ex.runCurrent();
            assertThat(ex.pendingIo()).isEqualTo(1);
            fetch.cancel();
            ex.runUntilIdle();
            assertThat(fetch.state()).isEqualTo(Task.State.CANCELLED);
            assertThat(ex.pendingIo()).isZero();
        } finally {
            Session.install(prev);
        }
    }
}
