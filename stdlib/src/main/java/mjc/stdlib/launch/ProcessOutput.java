package mjc.stdlib.launch;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The process's stdout for a program run from the command line or a jar. When the reader goes
 * away (`mjc run p.m | head -1`), the next write ends the program at once and quietly, as
 * SIGPIPE ends a C program: a PrintStream alone would swallow the error and let the program
 * run to its end printing into nothing.
 */
public final class ProcessOutput {
    private ProcessOutput() {
    }

    /** Thrown through the program (no MATLAB catch sees it) when stdout's reader has gone. */
    public static final class Closed extends Error {
        Closed() {
            super("standard output was closed", null, false, false);
        }
    }

    /** Exit status of a program whose output was closed: 128 + SIGPIPE, as the shell reports it. */
    public static final int CLOSED_STATUS = 141;

    public static PrintStream stdout() {
        return new PrintStream(new BufferedOutputStream(new Guard(new FileOutputStream(FileDescriptor.out)), 1 << 16),
            false, StandardCharsets.UTF_8);
    }

    /** Turns the first failed write into Closed; afterwards drops what is written. */
    private static final class Guard extends OutputStream {
        private final OutputStream out;
        private boolean closed;

        Guard(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (closed) {
                return;
            }
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                closed = true;
                throw new Closed();
            }
        }

        @Override
        public void flush() {
            if (closed) {
                return;
            }
            try {
                out.flush();
            } catch (IOException e) {
                closed = true;
                throw new Closed();
            }
        }
    }
}
