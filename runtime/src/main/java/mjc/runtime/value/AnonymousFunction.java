package mjc.runtime.value;

/**
 * {@code @(x) expr}: compiled body plus the values it captured, by value, when it was created.
 * The body is a compiled static method bound to the captures; this class only names it.
 */
public final class AnonymousFunction extends FunctionHandle {
    private final String text;
    private final Callable body;

    public AnonymousFunction(String text, Callable body) {
        this.text = text;
        this.body = body;
    }

    @Override
    public Value[] call(Value[] args, int nargout) {
        return body.call(args, nargout);
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public String frameName() {
        return text;
    }
}
