package mjc.stdlib.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import mjc.runtime.error.MatlabError;
import mjc.runtime.session.Session;
import mjc.runtime.task.Async;
import mjc.runtime.task.Executor;
import mjc.runtime.task.Task;
import mjc.runtime.value.StringArray;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** read/write tasks on an in-memory file system (Jimfs), driven by the virtual-time executor. */
class FileIoTest {
    private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
    private final Executor ex = Executor.virtual();
    private Session previous;

    @BeforeEach
    void session() {
        Session s = new Session(System.out, System.err);
        s.setExecutor(ex);
        ex.attach(s);
        previous = Session.install(s);
    }

    @AfterEach
    void restore() throws IOException {
        Session.install(previous);
        fs.close();
    }

    private Task settled(Task t) {
        ex.spawn(t);
        ex.runUntilIdle();
        assertThat(t.isSettled()).isTrue();
        return t;
    }

    @Test
    void writeThenReadGivesTheTextBackAsAString() {
        Path p = fs.getPath("/data/note.txt");
        createDir("/data");
        settled(FileIo.writeTask(p, "héllo\nworld"));
        Task read = settled(FileIo.readTask(p, false));
        assertThat(Async.outputs(read)[0]).isInstanceOf(StringArray.class);
        assertThat(((StringArray) Async.outputs(read)[0]).get(0)).isEqualTo("héllo\nworld");
    }

    @Test
    void writesAreAtomicAndLeaveNoTemporaryFiles() throws IOException {
        createDir("/w");
        Path p = fs.getPath("/w/target.txt");
        Files.writeString(p, "old");
        settled(FileIo.writeTask(p, "new content"));
        assertThat(Files.readString(p)).isEqualTo("new content");
        try (Stream<Path> s = Files.list(fs.getPath("/w"))) {
            assertThat(s.map(x -> x.getFileName().toString())).containsExactly("target.txt");
        }
    }

    @Test
    void failedWriteKeepsTheOldContentAndCleansUp() throws IOException {
        createDir("/w");
        Path dirTarget = fs.getPath("/w/sub");
        Files.createDirectory(dirTarget);
        Task t = settled(FileIo.writeTask(dirTarget, "x"));
        assertThatThrownBy(() -> Async.outputs(t)).isInstanceOf(MatlabError.class)
            .satisfies(e -> assertThat(((MatlabError) e).exception().identifier()).isEqualTo("mjc:io:cannotWrite"));
        try (Stream<Path> s = Files.list(fs.getPath("/w"))) {
            assertThat(s.map(x -> x.getFileName().toString())).containsExactly("sub");
        }
    }

    @Test
    void missingFileAndMissingFolderAreMatlabErrors() {
        Task read = settled(FileIo.readTask(fs.getPath("/nope.txt"), true));
        assertThatThrownBy(() -> Async.outputs(read)).isInstanceOf(MatlabError.class)
            .hasMessageContaining("No such file or directory")
            .satisfies(e -> assertThat(((MatlabError) e).exception().identifier())
                .isEqualTo("MATLAB:fileread:cannotOpenFile"));
        Task write = settled(FileIo.writeTask(fs.getPath("/no/dir/x.txt"), "x"));
        assertThatThrownBy(() -> Async.outputs(write)).isInstanceOf(MatlabError.class)
            .satisfies(e -> assertThat(((MatlabError) e).exception().identifier()).isEqualTo("mjc:io:cannotWrite"));
    }

    @Test
    void cancellingAReadReleasesItAndLeavesNoIoPending() throws Exception {
        createDir("/big");
        Path p = fs.getPath("/big/file.bin");
        Files.write(p, new byte[8 << 20]);
        Task read = FileIo.readTask(p, false);
        ex.spawn(read);
        ex.runCurrent(); // starts the read: the task is now waiting for the I/O pool
        read.cancel();
        assertThat(read.state()).isEqualTo(Task.State.CANCELLED);
        ex.runUntilIdle(); // the cancelled operation's completion still arrives and is counted
        assertThat(ex.pendingIo()).isZero();
    }

    @Test
    void utf8IsReadLeniently() throws IOException {
        createDir("/t");
        Path p = fs.getPath("/t/bad.txt");
        Files.write(p, new byte[] {'a', (byte) 0xff, 'b'});
        Task read = settled(FileIo.readTask(p, false));
        assertThat(((StringArray) Async.outputs(read)[0]).get(0)).isEqualTo("a\uFFFDb");
        assertThat("a\uFFFDb".getBytes(StandardCharsets.UTF_8)).hasSize(5);
    }

    private void createDir(String d) {
        try {
            Files.createDirectories(fs.getPath(d));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
