package mjc.compiler.backend;

/** Internal names and descriptors of the runtime and stdlib types generated code uses. */
final class Names {
    static final String VALUE = "mjc/runtime/value/Value";
    static final String OBJECTS = "mjc/runtime/object/Objects";
    static final String META = "mjc/runtime/object/MetaClass";
    static final String MEMBER_SITE = "mjc/runtime/object/MemberSite";
    static final String INDEXING = "mjc/runtime/object/IndexingOverloads";
    static final String META_D = "L" + META + ";";
    static final String VALUE_D = "L" + VALUE + ";";
    static final String VALUES_D = "[" + VALUE_D;
    static final String VALUES = "[" + VALUE_D;
    static final String CALLABLE = "mjc/runtime/value/Callable";
    static final String DOUBLE_ARRAY = "mjc/runtime/value/DoubleArray";
    static final String CHAR_ARRAY = "mjc/runtime/value/CharArray";
    static final String STRING_ARRAY = "mjc/runtime/value/StringArray";
    static final String LOGICAL_ARRAY = "mjc/runtime/value/LogicalArray";
    static final String CELL_ARRAY = "mjc/runtime/value/CellArray";
    static final String NAMED_HANDLE = "mjc/runtime/value/NamedFunctionHandle";
    static final String ANON = "mjc/runtime/value/AnonymousFunction";
    static final String OPERATORS = "mjc/runtime/ops/Operators";
    static final String COLON = "mjc/runtime/ops/Colon";
    static final String CONCAT = "mjc/runtime/ops/Concat";
    static final String INDEX = "mjc/runtime/index/Index";
    static final String ASSIGN = "mjc/runtime/index/Assign";
    static final String SUBSCRIPTS = "mjc/runtime/index/Subscripts";
    static final String CALLS = "mjc/runtime/call/Calls";
    static final String ARG_NAMES = "mjc/runtime/call/ArgNames";
    static final String FRAME = "mjc/runtime/call/Frame";
    static final String WORKSPACE = "mjc/runtime/call/Workspace";
    static final String ARGLIST = "mjc/runtime/call/ArgList";
    static final String LOOPS = "mjc/runtime/call/Loops";
    static final String SWITCHES = "mjc/runtime/call/Switches";
    static final String GLOBALS = "mjc/runtime/call/Globals";
    static final String STATEMENTS = "mjc/runtime/call/Statements";
    static final String FUNCTION_TABLE = "mjc/runtime/call/FunctionTable";
    static final String CALL_DEPTH = "mjc/runtime/session/CallDepth";
    static final String FRAMES = "mjc/runtime/error/FrameRegistry";
    static final String DISPLAY = "mjc/stdlib/display/Display";
    static final String LINALG = "mjc/stdlib/linalg/LinearAlgebra";
    static final String BUILTINS = "mjc/stdlib/BuiltinRegistry";
    static final String HANDLES = "mjc/runtime/call/Handles";
    static final String TASK = "mjc/runtime/task/Task";
    static final String ASYNC = "mjc/runtime/task/Async";
    static final String COROUTINE = "mjc/runtime/task/Coroutine";
    static final String EXECUTOR = "mjc/runtime/task/Executor";
    static final String RESUME_DESC = "(L" + TASK + ";)" + VALUES_D;

    /** Descriptor of the uniform calling convention. */
    static final String CALL_DESC = "(" + VALUES_D + "I)" + VALUES_D;
    static final String LAMBDA_DESC = "(" + VALUES_D + VALUES_D + "I)" + VALUES_D;

    private Names() {
    }

    static String v(int n) {
        return "(" + VALUE_D.repeat(n) + ")" + VALUE_D;
    }
}
