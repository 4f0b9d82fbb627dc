package mjc.stdlib.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import mjc.runtime.error.Errors;
import mjc.runtime.error.MatlabError;
import mjc.runtime.object.MObject;
import mjc.runtime.object.MetaClass;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.Callable;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.FunctionHandle;
import mjc.runtime.value.LogicalArray;
import mjc.runtime.value.StringArray;
import mjc.runtime.value.StructArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/**
 * MATLAB's inputParser, a handle class: addRequired/addOptional/addParameter (addParamValue)
 * declare the inputs with defaults and validators, parse(p, args{:}) matches them (required in
 * order, optional while an argument is not a parameter name, then name-value pairs, case
 * insensitive with unique prefixes, a struct expanded into pairs) and fills Results (fields in
 * alphabetical order, as MATLAB lists them), UsingDefaults and Unmatched.
 */
public final class InputParser extends mjc.runtime.object.ArrayObject {
    private static final String[] PROPS = {"Results", "UsingDefaults", "Unmatched", "Parameters", "FunctionName",
        "CaseSensitive", "KeepUnmatched", "PartialMatching", "StructExpand"};
    private static final int RESULTS = 0;
    private static final int USING_DEFAULTS = 1;
    private static final int UNMATCHED = 2;
    private static final int PARAMETERS = 3;
    private static final int FUNCTION_NAME = 4;
    private static final int CASE_SENSITIVE = 5;
    private static final int KEEP_UNMATCHED = 6;
    private static final int PARTIAL = 7;
    private static final int STRUCT_EXPAND = 8;

    static final MetaClass META = define();

    private enum Kind { REQUIRED, OPTIONAL, PARAMETER }

    private record Input(String name, Kind kind, Value defaultValue, Value validator) {
    }

    private final List<Input> inputs = new ArrayList<>();

    private static MetaClass define() {
        StringBuilder spec = new StringBuilder("class\tinputParser\t");
        for (int i = 0; i < PROPS.length; i++) {
            boolean settable = i >= FUNCTION_NAME;
            spec.append("\nprop\t").append(PROPS[i]).append('\t').append(i).append("\tinputParser\tpublic\t")
                .append(settable ? "public" : "private").append("\t\t-1\t-1\t-1");
        }
        String[] methods = {"addRequired", "addOptional", "addParameter", "addParamValue", "parse"};
        Callable[] fns = {InputParser::addRequired, InputParser::addOptional, InputParser::addParameter,
            InputParser::addParameter, InputParser::parse};
        for (int i = 0; i < methods.length; i++) {
            spec.append("\nmethod\t").append(methods[i]).append('\t').append(i).append("\tpublic\t");
        }
        return MetaClass.define(spec.toString(), new InputParser(), new MetaClass[] {MetaClass.HANDLE}, fns);
    }

    private InputParser() {
        super(PROPS.length);
        slots[RESULTS] = StructArray.scalar().freeze();
        slots[USING_DEFAULTS] = new CellArray(new int[] {1, 0}, new Value[0]).freeze();
        slots[UNMATCHED] = StructArray.scalar().freeze();
        slots[PARAMETERS] = new CellArray(new int[] {1, 0}, new Value[0]).freeze();
        slots[FUNCTION_NAME] = new CharArray(new int[] {0, 0}, new char[0]).freeze();
        slots[CASE_SENSITIVE] = LogicalArray.of(false).freeze();
        slots[KEEP_UNMATCHED] = LogicalArray.of(false).freeze();
        slots[PARTIAL] = LogicalArray.of(true).freeze();
        slots[STRUCT_EXPAND] = LogicalArray.of(true).freeze();
    }

    @Builtin("inputParser")
    public static Value create() {
        return new InputParser();
    }

    @Override
    public MetaClass metaClass() {
        return META;
    }

    @Override
    public MObject blank() {
        return new InputParser();
    }

    private static InputParser self(Value[] args, String fn) {
        if (args.length == 0 || !(args[0] instanceof InputParser p)) {
            throw Errors.of("MATLAB:InputParser:NotAnInputParser", fn + " needs an inputParser.");
        }
        return p;
    }

    private Value[] add(Value[] args, Kind kind, String fn) {
        int needed = kind == Kind.REQUIRED ? 2 : 3;
        if (args.length < needed || args.length > needed + 1) {
            throw args.length < needed ? Errors.notEnoughInputs() : Errors.tooManyInputs();
        }
        String name = Args.text(args[1], fn);
        for (Input in : inputs) {
            if (in.name.equalsIgnoreCase(name)) {
                throw Errors.of("MATLAB:InputParser:NameConflict", "A parameter named '" + name + "' already exists.");
            }
        }
        if (kind != Kind.PARAMETER) {
            for (Input in : inputs) {
                if (in.kind == Kind.PARAMETER || kind == Kind.REQUIRED && in.kind == Kind.OPTIONAL) {
                    throw Errors.of("MATLAB:InputParser:ArgumentOrder", (kind == Kind.REQUIRED ? "Required" : "Optional")
                        + " arguments must be added before " + (in.kind == Kind.PARAMETER ? "parameters." : "optional ones."));
                }
            }
        }
        Value def = kind == Kind.REQUIRED ? null : args[2].share();
        Value validator = args.length > needed ? args[needed] : null;
        if (validator != null && !(validator instanceof FunctionHandle)) {
            throw Errors.of("MATLAB:InputParser:InvalidValidator", "The validation function must be a function handle.");
        }
        inputs.add(new Input(name, kind, def, validator));
        List<Value> names = new ArrayList<>();
        for (Input in : inputs) {
            names.add(CharArray.of(in.name));
        }
        names.sort((a, b) -> ((CharArray) a).string().compareTo(((CharArray) b).string()));
        slots[PARAMETERS] = row(names);
        return new Value[0];
    }

    private static Value[] addRequired(Value[] args, int nargout) {
        return self(args, "addRequired").add(args, Kind.REQUIRED, "addRequired");
    }

    private static Value[] addOptional(Value[] args, int nargout) {
        return self(args, "addOptional").add(args, Kind.OPTIONAL, "addOptional");
    }

    private static Value[] addParameter(Value[] args, int nargout) {
        return self(args, "addParameter").add(args, Kind.PARAMETER, "addParameter");
    }

    private static Value row(List<Value> items) {
        for (Value v : items) {
            v.share();
        }
        return new CellArray(items.isEmpty() ? new int[] {1, 0} : Dims.row(items.size()), items.toArray(new Value[0]));
    }

    private static Value[] parse(Value[] args, int nargout) {
        InputParser p = self(args, "parse");
        p.run(java.util.Arrays.copyOfRange(args, 1, args.length));
        return new Value[0];
    }

    private boolean flag(int slot) {
        return Args.truth(slots[slot]);
    }

    private String where() {
        String f = slots[FUNCTION_NAME] instanceof CharArray c ? c.string() : "";
        return f.isEmpty() ? "" : f + ": ";
    }

    private void run(Value[] given) {
        Map<String, Value> results = new TreeMap<>();
        List<String> defaults = new ArrayList<>();
        Map<String, Value> unmatched = new TreeMap<>();
        int i = 0;
        for (Input in : inputs) {
            if (in.kind == Kind.REQUIRED) {
                if (i >= given.length) {
                    throw Errors.of("MATLAB:minrhs", "Not enough input arguments.");
                }
                results.put(in.name, validated(in, given[i++]));
            }
        }
        for (Input in : inputs) {
            if (in.kind != Kind.OPTIONAL) {
                continue;
            }
            if (i < given.length && !isParameterName(given[i]) && !(given[i] instanceof StructArray && flag(STRUCT_EXPAND)
                && hasParameters())) {
                if (in.validator != null && !passes(in, given[i])) {
                    if (Args.isText(given[i])) {
                        break; // text that is not this optional's value: the name-value part begins
                    }
                    throw invalid(in);
                }
                results.put(in.name, given[i++].share());
            } else {
                results.put(in.name, in.defaultValue);
                defaults.add(in.name);
            }
        }
        for (Input in : inputs) {
            if (in.kind == Kind.OPTIONAL && !results.containsKey(in.name)) {
                results.put(in.name, in.defaultValue);
                defaults.add(in.name);
            }
        }
        Map<String, Value> pairs = new java.util.LinkedHashMap<>();
        while (i < given.length) {
            Value a = given[i];
            if (a instanceof StructArray s && s.numel() == 1 && flag(STRUCT_EXPAND)) {
                for (String f : s.fieldNames()) {
                    pairs.put(f, s.get(0, f));
                }
                i++;
                continue;
            }
            if (!Args.isText(a)) {
                throw Errors.of("MATLAB:InputParser:ParamMustBeChar", where() + "Expected a parameter name, followed by"
                    + " its value.");
            }
            if (i + 1 >= given.length) {
                throw Errors.of("MATLAB:InputParser:ParamMissingValue", where() + "Expected a value after the parameter '"
                    + Args.text(a, "parse") + "'.");
            }
            pairs.put(Args.text(a, "parse"), given[i + 1]);
            i += 2;
        }
        for (Map.Entry<String, Value> e : pairs.entrySet()) {
            Input in = parameter(e.getKey());
            if (in == null) {
                if (flag(KEEP_UNMATCHED)) {
                    unmatched.put(e.getKey(), e.getValue().share());
                    continue;
                }
                throw Errors.of("MATLAB:InputParser:UnmatchedParameter", where() + "'" + e.getKey() + "' is not a "
                    + "recognized parameter. For a list of valid name-value pair arguments, see the documentation for "
                    + "this function.");
            }
            results.put(in.name, validated(in, e.getValue()));
        }
        for (Input in : inputs) {
            if (in.kind == Kind.PARAMETER && !results.containsKey(in.name)) {
                results.put(in.name, in.defaultValue);
                defaults.add(in.name);
            }
        }
        slots[RESULTS] = struct(results).freeze();
        slots[UNMATCHED] = struct(unmatched).freeze();
        List<Value> d = new ArrayList<>();
        for (String n : defaults) {
            d.add(CharArray.of(n));
        }
        slots[USING_DEFAULTS] = row(d).freeze();
    }

    private boolean hasParameters() {
        return inputs.stream().anyMatch(in -> in.kind == Kind.PARAMETER);
    }

    private boolean isParameterName(Value v) {
        return (v instanceof CharArray || v instanceof StringArray s && s.numel() == 1) && parameter(Args.text(v, "parse"))
            != null;
    }

    private Input parameter(String name) {
        boolean cs = flag(CASE_SENSITIVE);
        Input prefix = null;
        int prefixes = 0;
        for (Input in : inputs) {
            if (in.kind != Kind.PARAMETER) {
                continue;
            }
            if (cs ? in.name.equals(name) : in.name.equalsIgnoreCase(name)) {
                return in;
            }
            if (flag(PARTIAL) && !name.isEmpty() && (cs ? in.name.startsWith(name)
                : in.name.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT)))) {
                prefix = in;
                prefixes++;
            }
        }
        if (prefixes > 1) {
            throw Errors.of("MATLAB:InputParser:AmbiguousParameter", where() + "Expected '" + name + "' to match one "
                + "parameter name, but it matches several.");
        }
        return prefix;
    }

    private Value validated(Input in, Value v) {
        if (in.validator != null && !passes(in, v)) {
            throw invalid(in);
        }
        return v.share();
    }

    private boolean passes(Input in, Value v) {
        try {
            Value[] r = ((Callable) in.validator).call(new Value[] {v}, 1);
            return r.length == 0 || r[0] == null || !(r[0] instanceof ArrayValue a) || a.numel() == 0 || Args.truth(a);
        } catch (MatlabError e) {
            throw Errors.of(e.identifier(), where() + "The value of '" + in.name + "' is invalid. " + e.getMessage());
        }
    }

    private MatlabError invalid(Input in) {
        String f = ((FunctionHandle) in.validator).text();
        return Errors.of("MATLAB:InputParser:ArgumentFailedValidation", where() + "The value of '" + in.name
            + "' is invalid. It must satisfy the function: " + f + ".");
    }

    private static StructArray struct(Map<String, Value> fields) {
        List<String> names = new ArrayList<>(fields.keySet());
        Value[] row = new Value[names.size()];
        for (int k = 0; k < row.length; k++) {
            row[k] = fields.get(names.get(k)).share();
        }
        return new StructArray(Dims.SCALAR, names, new Value[][] {row});
    }
}
