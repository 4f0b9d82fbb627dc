package mjc.stdlib.lang;

import mjc.runtime.call.FunctionTable;
import mjc.runtime.error.Errors;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.LogicalArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/** deal, exist, isvarname, narginchk, nargoutchk. */
public final class Misc {
    private Misc() {
    }

    @Builtin("deal")
    public static Value[] deal(Value[] args, int nargout) {
        int n = Math.max(1, nargout);
        if (args.length == 1) {
            Value[] out = new Value[n];
            for (int i = 0; i < n; i++) {
                out[i] = args[0];
            }
            return out;
        }
        if (args.length != n) {
            throw Errors.of("MATLAB:deal:narginNargoutMismatch", "The number of outputs should match the number of inputs.");
        }
        return args.clone();
    }

    @Builtin("exist")
    public static Value[] exist(Value[] args, int nargout) {
        Args.count(args, 1, 2);
        String name = Args.text(args[0], "exist");
        if (FunctionTable.lookup(name) != null) {
            return new Value[] {DoubleArray.scalar(mjc.stdlib.BuiltinRegistry.exists(name) ? 5 : 2)};
        }
        if (java.nio.file.Files.exists(java.nio.file.Path.of(name))) {
            return new Value[] {DoubleArray.scalar(java.nio.file.Files.isDirectory(java.nio.file.Path.of(name)) ? 7 : 2)};
        }
        return new Value[] {DoubleArray.scalar(0)};
    }

    @Builtin("isvarname")
    public static Value isvarname(Value v) {
        if (!Args.isText(v)) {
            return LogicalArray.of(false);
        }
        String s = Args.text(v, "isvarname");
        return LogicalArray.of(Keywords.isValidName(s));
    }

    @Builtin("iskeyword")
    public static Value iskeyword(Value v) {
        return LogicalArray.of(Keywords.isKeyword(Args.text(v, "iskeyword")));
    }

    /** narginchk(lo, hi): the compiler passes the caller's nargin as a third argument. */
    @Builtin("narginchk")
    public static void narginchk(Value lo, Value hi, Value n) {
        double count = Args.scalar(n, "narginchk");
        if (count < Args.scalar(lo, "narginchk")) {
            throw Errors.of("MATLAB:narginchk:notEnoughInputs", "Not enough input arguments.");
        }
        if (count > Args.scalar(hi, "narginchk")) {
            throw Errors.of("MATLAB:narginchk:tooManyInputs", "Too many input arguments.");
        }
    }

    /** nargoutchk(lo, hi): the compiler passes the caller's nargout as a third argument. */
    @Builtin("nargoutchk")
    public static void nargoutchk(Value lo, Value hi, Value n) {
        double count = Args.scalar(n, "nargoutchk");
        if (count < Args.scalar(lo, "nargoutchk")) {
            throw Errors.of("MATLAB:nargoutchk:notEnoughOutputs", "Not enough output arguments.");
        }
        if (count > Args.scalar(hi, "nargoutchk")) {
            throw Errors.of("MATLAB:nargoutchk:tooManyOutputs", "Too many output arguments.");
        }
    }
}
