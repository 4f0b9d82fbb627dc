package mjc.runtime.value;

/** {@code @name}: a handle bound, when created, to a compiled function or builtin. */
public final class NamedFunctionHandle extends FunctionHandle {
    private final String name;
    private final Callable target;

    public NamedFunctionHandle(String name, Callable target) {
        this.name = name;
        this.target = target;
    }

    public String name() {
        return name;
    }

    public Callable target() {
        return target;
    }

    @Override
    public Value[] call(Value[] args, int nargout) {
        return target.call(args, nargout);
    }

    @Override
    public String text() {
        return name;
    }

    @Override
    public String frameName() {
        return name;
    }
}
