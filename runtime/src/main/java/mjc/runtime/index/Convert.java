package mjc.runtime.index;

import java.util.List;
import mjc.runtime.error.Errors;
import mjc.runtime.ops.StringOps;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.FunctionHandle;
import mjc.runtime.value.StringArray;
import mjc.runtime.value.StructArray;
import mjc.runtime.value.Value;

/**
 * Class rules of indexed assignment: the array being assigned into keeps its class and the
 * right side converts to it (MATLAB's rule), except that {@code []} and an undefined variable
 * take the class of the right side.
 */
final class Convert {
    private Convert() {
    }

    static boolean adoptsRhsClass(Value base) {
        return base == null || (base instanceof DoubleArray d && d.numel() == 0 && d.dims().length == 2
            && d.dims()[0] == 0 && d.dims()[1] == 0);
    }

    /** A 0x0 array of rhs's class to grow from. */
    static Value emptyFor(Value rhs) {
        if (rhs instanceof mjc.runtime.object.ObjectValue o) {
            return mjc.runtime.object.ObjectArray.filled(o.metaClass(), Dims.EMPTY);
        }
        if (rhs instanceof StructArray s) {
            return StructArray.empty(Dims.EMPTY, s.fieldNames());
        }
        if (rhs instanceof FunctionHandle || !(rhs instanceof ArrayValue || rhs instanceof CellArray
            || rhs instanceof StringArray)) {
            return null;
        }
        return rhs.emptyLike(Dims.EMPTY);
    }

    /** rhs converted to the class of base for element-wise storing. */
    static Value rhsFor(Value base, Value rhs) {
        if (base instanceof mjc.runtime.object.ObjectValue o) {
            if (rhs instanceof mjc.runtime.object.ObjectValue r && r.metaClass().isSubclassOf(o.metaClass())) {
                return rhs;
            }
            throw Errors.conversion(rhs.className(), base.className());
        }
        if (base instanceof CellArray) {
            if (rhs instanceof CellArray) {
                return rhs;
            }
            throw Errors.conversion(rhs.className(), "cell");
        }
        if (base instanceof StructArray) {
            if (rhs instanceof StructArray) {
                return rhs;
            }
            throw Errors.of("MATLAB:invalidConversion", "Conversion to struct from " + rhs.className()
                + " is not possible.");
        }
        if (base instanceof StringArray) {
            return StringOps.toStringArray(rhs);
        }
        if (base instanceof ArrayValue) {
            if (rhs instanceof ArrayValue) {
                return rhs;
            }
            if (rhs instanceof StringArray s && base instanceof CharArray) {
                throw Errors.conversion("string", "char");
            }
            throw Errors.conversion(rhs.className(), base.className());
        }
        throw Errors.of("MATLAB:index:assignmentNotSupported",
            "Indexed assignment is not supported for values of class '" + base.className() + "'.");
    }

    /** Adds to base (owned) the fields rhs has and base lacks. */
    static void mergeFields(StructArray base, Value rhs) {
        if (rhs instanceof StructArray s) {
            List<String> names = s.fieldNames();
            for (String n : names) {
                if (!base.hasField(n)) {
                    base.addField(n);
                }
            }
        }
    }
}
