package mjc.runtime.value;

/**
 * The MATLAB class of a value, as {@code class(x)} reports it. Numeric classes carry the facts
 * the arithmetic rules need (integer range, float width) so that operators never switch on
 * class names.
 */
public enum MClass {
    DOUBLE("double", true, false, 0, 0),
    SINGLE("single", true, false, 0, 0),
    INT8("int8", true, true, -128, 127),
    UINT8("uint8", true, true, 0, 255),
    INT16("int16", true, true, -32768, 32767),
    UINT16("uint16", true, true, 0, 65535),
    INT32("int32", true, true, Integer.MIN_VALUE, Integer.MAX_VALUE),
    UINT32("uint32", true, true, 0, 4294967295L),
    INT64("int64", true, true, Long.MIN_VALUE, Long.MAX_VALUE),
    UINT64("uint64", true, true, 0, -1L /* 2^64-1 as unsigned bits */),
    LOGICAL("logical", false, false, 0, 0),
    CHAR("char", false, false, 0, 0),
    CELL("cell", false, false, 0, 0),
    STRUCT("struct", false, false, 0, 0),
    STRING("string", false, false, 0, 0),
    FUNCTION_HANDLE("function_handle", false, false, 0, 0),
    OBJECT("object", false, false, 0, 0);

    public final String matlabName;
    public final boolean numeric;
    public final boolean integer;
    public final long min;
    public final long max;

    MClass(String matlabName, boolean numeric, boolean integer, long min, long max) {
        this.matlabName = matlabName;
        this.numeric = numeric;
        this.integer = integer;
        this.min = min;
        this.max = max;
    }

    public boolean isFloat() {
        return this == DOUBLE || this == SINGLE;
    }

    public boolean isUnsigned64() {
        return this == UINT64;
    }

    public boolean isSignedInteger() {
        return integer && min < 0;
    }

    /** Largest value as a double (uint64's 2^64-1 rounds to 2^64, as MATLAB's double(intmax('uint64'))). */
    public double maxAsDouble() {
        return this == UINT64 ? 18446744073709551615.0 : (double) max;
    }

    public double minAsDouble() {
        return (double) min;
    }

    public static MClass fromName(String name) {
        for (MClass c : values()) {
            if (c.matlabName.equals(name)) {
                return c;
            }
        }
        return null;
    }
}
