package mjc.stdlib.launch;

/** Options of running a program: the virtual clock and a JFR trace file. */
public final class RunOptions {
    public boolean virtualTime;
    public String traceFile;
}
