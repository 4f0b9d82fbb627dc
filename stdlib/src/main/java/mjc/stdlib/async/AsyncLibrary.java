package mjc.stdlib.async;

import mjc.runtime.error.Errors;
import mjc.runtime.task.Executor;
import mjc.runtime.task.Task;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.FunctionHandle;
import mjc.runtime.value.NamedFunctionHandle;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;
import mjc.stdlib.text.Strings;

/**
 * The async library of SPEC §4 that needs no I/O: sleep_ms, spawn, join, race,
 * with_timeout_ms, cancellation_token, with_cancel, cancel. Every builtin here except spawn and
 * cancel returns a lazy task.
 */
public final class AsyncLibrary {
    private AsyncLibrary() {
    }

    static double duration(Value v, String fn, double scale) {
        return mjc.runtime.task.Async.duration(v, scale);
    }

    public static Task sleepTask(double ms) {
        return Executor.current().newTask(new SleepBody(ms));
    }

    @Builtin("sleep_ms")
    public static Value sleepMs(Value ms) {
        return sleepTask(duration(ms, "sleep_ms", 1));
    }

    /** The task pause(s) is in async code: a sleep of s seconds on the executor's clock. */
    @Builtin("mjc_pause_task")
    public static Value pauseTask(Value s) {
        return sleepTask(duration(s, "pause", 1000));
    }

    /**
     * pause(s): waits s seconds on the executor's clock. Only the calling task waits, also when
     * pause is reached through plain helper functions, handles or cellfun (rule 8). pause with
     * no argument waits for a key press in MATLAB; a compiled program has no figure window to
     * take one, so it returns at once, as do pause('on'), pause('off') and pause('query').
     */
    @Builtin("pause")
    public static Value[] pause(Value[] args, int nargout) {
        Args.count(args, 0, 1);
        if (args.length == 0) {
            return new Value[0];
        }
        if (Args.isText(args[0])) {
            String mode = Args.text(args[0], "pause");
            if (!mode.equals("on") && !mode.equals("off") && !mode.equals("query")) {
                throw Errors.of("MATLAB:pause:invalidInputArg", "Input must be 'on', 'off', 'query', or a number.");
            }
            return nargout > 0 || mode.equals("query") ? new Value[] {mjc.runtime.value.CharArray.of("on")} : new Value[0];
        }
        mjc.runtime.task.Async.block(sleepTask(duration(args[0], "pause", 1000)));
        return new Value[0];
    }

    /** await typed at the REPL prompt: the loop runs right there until the task settles. */
    @Builtin("mjc_await_blocking")
    public static Value[] awaitBlocking(Value[] args, int nargout) {
        Args.count(args, 1, 1);
        return mjc.runtime.task.Async.block(mjc.runtime.task.Async.awaitable(args[0]));
    }

    /** A task from a task or a handle (called with no arguments). */
    static Task task(Value v, String fn) {
        if (v instanceof Task t) {
            return t;
        }
        if (v instanceof FunctionHandle h) {
            return Executor.current().newTask(new HandleBody(h));
        }
        throw Errors.of("mjc:notAwaitable", fn + " expects a task or a function handle, not a value of class '"
            + v.className() + "'.");
    }

    @Builtin("spawn")
    public static Value spawn(Value v) {
        Task t = task(v, "spawn");
        return t.executor().spawn(t);
    }

    @Builtin("mjc_async_handle")
    public static Value asyncHandle(Value h) {
        return task(h, "async");
    }

    private static Task[] taskList(Value[] args, String fn) {
        if (args.length == 1 && args[0] instanceof CellArray c) {
            Task[] out = new Task[c.numel()];
            for (int i = 0; i < out.length; i++) {
                if (!(c.get(i) instanceof Task t)) {
                    throw Errors.of("mjc:notAwaitable", fn + " expects tasks.");
                }
                out[i] = t;
            }
            return out;
        }
        Task[] out = new Task[args.length];
        for (int i = 0; i < args.length; i++) {
            if (!(args[i] instanceof Task t)) {
                throw Errors.of("mjc:notAwaitable", fn + " expects tasks.");
            }
            out[i] = t;
        }
        return out;
    }

    private static boolean allTasks(Value[] args) {
        if (args.length == 0) {
            return false;
        }
        if (args.length == 1 && args[0] instanceof CellArray c) {
            if (c.numel() == 0) {
                return false;
            }
            for (int i = 0; i < c.numel(); i++) {
                if (!(c.get(i) instanceof Task)) {
                    return false;
                }
            }
            return true;
        }
        for (Value a : args) {
            if (!(a instanceof Task)) {
                return false;
            }
        }
        return true;
    }

    /** join of tasks; with anything else it is MATLAB's string join. */
    @Builtin("join")
    public static Value[] join(Value[] args, int nargout) {
        if (!allTasks(args)) {
            return Strings.strjoin(args, nargout);
        }
        Task[] tasks = taskList(args, "join");
        return new Value[] {Executor.current().newTask(new JoinBody(tasks))};
    }

    @Builtin("race")
    public static Value[] race(Value[] args, int nargout) {
        if (args.length == 0) {
            throw Errors.notEnoughInputs();
        }
        Task[] tasks = taskList(args, "race");
        return new Value[] {Executor.current().newTask(new RaceBody(tasks))};
    }

    @Builtin("with_timeout_ms")
    public static Value withTimeout(Value ms, Value task) {
        double d = duration(ms, "with_timeout_ms", 1);
        return Executor.current().newTask(new TimeoutBody(d, task(task, "with_timeout_ms")));
    }

    @Builtin("cancellation_token")
    public static Value[] cancellationToken(Value[] args, int nargout) {
        Args.count(args, 0, 0);
        CancellationToken token = new CancellationToken();
        Value cancel = new NamedFunctionHandle("cancel", (a, n) -> {
            token.trigger();
            return new Value[0];
        });
        return new Value[] {cancel, token};
    }

    @Builtin("with_cancel")
    public static Value withCancel(Value token, Value task) {
        if (!(token instanceof CancellationToken t)) {
            throw Errors.of("mjc:notAToken", "with_cancel expects a cancellation token first.");
        }
        return Executor.current().newTask(new WithCancelBody(t, task(task, "with_cancel")));
    }

    @Builtin("cancel")
    public static void cancel(Value task) {
        if (!(task instanceof Task t)) {
            throw Errors.of("mjc:notAwaitable", "cancel expects a task.");
        }
        t.cancel();
    }
}
