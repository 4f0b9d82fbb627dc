package mjc.runtime.error;

/**
 * The MATLAB errors the runtime raises, each made in one place with MATLAB's identifier and
 * message text, so that callers never spell identifiers as loose strings.
 */
public final class Errors {
    private Errors() {
    }

    public static MatlabError of(String id, String message) {
        return new MatlabError(id, message);
    }

    public static MatlabError undefined(String name) {
        return of("MATLAB:UndefinedFunction", "Unrecognized function or variable '" + name + "'.");
    }

    public static MatlabError undefinedFunctionForType(String name, String type) {
        return of("MATLAB:UndefinedFunction",
            "Undefined function '" + name + "' for input arguments of type '" + type + "'.");
    }

    public static MatlabError indexExceeds(long index, long numel) {
        return of("MATLAB:badsubscript",
            "Index exceeds the number of array elements. Index must not exceed " + numel + ".");
    }

    public static MatlabError indexExceedsDim(int position, long index, long bound) {
        return of("MATLAB:badsubscript",
            "Index in position " + position + " exceeds array bounds. Index must not exceed " + bound + ".");
    }

    public static MatlabError badIndex(double index) {
        if (index == 0) {
            return of("MATLAB:badsubscript",
                "Index in position 1 is invalid. Array indices must be positive integers or logical values.");
        }
        return of("MATLAB:badsubscript", "Array indices must be positive integers or logical values.");
    }

    public static MatlabError badIndexAt(int position) {
        return of("MATLAB:badsubscript", "Index in position " + position
            + " is invalid. Array indices must be positive integers or logical values.");
    }

    public static MatlabError sizeMismatch() {
        return of("MATLAB:sizeDimensionsMustMatch", "Arrays have incompatible sizes for this operation.");
    }

    public static MatlabError innerDim() {
        return of("MATLAB:innerdim", "Incorrect dimensions for matrix multiplication. Check that the number of "
            + "columns in the first matrix matches the number of rows in the second matrix. To operate on each "
            + "element of the matrix individually, use TIMES (.*) for elementwise multiplication.");
    }

    public static MatlabError divideDims() {
        return of("MATLAB:dimagree", "Matrix dimensions must agree.");
    }

    public static MatlabError catDims() {
        return of("MATLAB:catenate:dimensionMismatch", "Dimensions of arrays being concatenated are not consistent.");
    }

    public static MatlabError assignNumel() {
        return of("MATLAB:subsassignnumelmismatch",
            "Unable to perform assignment because the left and right sides have a different number of elements.");
    }

    public static MatlabError assignSize(String lhs, String rhs) {
        return of("MATLAB:subsassigndimmismatch", "Unable to perform assignment because the size of the left side is "
            + lhs + " and the size of the right side is " + rhs + ".");
    }

    public static MatlabError deleteShape() {
        return of("MATLAB:nullAssignment",
            "A null assignment can have only one non-colon index.");
    }

    public static MatlabError tooManyInputs() {
        return of("MATLAB:TooManyInputs", "Too many input arguments.");
    }

    public static MatlabError notEnoughInputs() {
        return of("MATLAB:minrhs", "Not enough input arguments.");
    }

    public static MatlabError tooManyOutputs() {
        return of("MATLAB:TooManyOutputs", "Too many output arguments.");
    }

    public static MatlabError unassignedOutput(String output, String function) {
        return of("MATLAB:unassignedOutputs", "Output argument \"" + output
            + "\" (and possibly others) not assigned a value in the execution with \"" + function + "\" function.");
    }

    public static MatlabError noField(String field) {
        return of("MATLAB:nonExistentField", "Unrecognized field name \"" + field + "\".");
    }

    public static MatlabError braceOnNonCell() {
        return of("MATLAB:cellRefFromNonCell", "Brace indexing is not supported for variables of this type.");
    }

    public static MatlabError dotOnNonStruct() {
        return of("MATLAB:structRefFromNonStruct", "Dot indexing is not supported for variables of this type.");
    }

    public static MatlabError recursionLimit(int limit) {
        return of("MATLAB:recursionLimit", "Maximum recursion limit of " + limit + " reached.");
    }

    public static MatlabError conversionToLogical() {
        return of("MATLAB:nologicalnan", "NaN's cannot be converted to logicals.");
    }

    public static MatlabError notScalarCondition() {
        return of("MATLAB:nonLogicalConditional", "Conditional expression must be convertible to a logical scalar.");
    }

    public static MatlabError operandsNotScalar(String op) {
        return of("MATLAB:nonLogicalConditional", "Operands to the " + op
            + " operators must be convertible to logical scalar values. Use the ANY or ALL functions to reduce "
            + "operands to logical scalar values.");
    }

    public static MatlabError integerMix(String a, String b) {
        return of("MATLAB:mixedClasses", "Integers can only be combined with integers of the same class, or scalar doubles.");
    }

    public static MatlabError typeError(String message) {
        return of("MATLAB:invalidType", message);
    }

    public static MatlabError badArgument(String function, String message) {
        return of("MATLAB:" + function + ":invalidInput", message);
    }

    public static MatlabError unsupported(String what) {
        return of("mjc:unsupported", "Not supported yet: " + what + ".");
    }

    public static MatlabError tooManyCsl() {
        return of("MATLAB:index:expected_one_output_from_expression",
            "Expected one output from a curly brace or dot indexing expression, but there were more.");
    }

    public static MatlabError notEnoughCsl() {
        return of("MATLAB:needMoreRhsOutputs", "Insufficient number of outputs from right hand side of equal sign to "
            + "satisfy assignment.");
    }

    public static MatlabError badCellAssign() {
        return of("MATLAB:cellAssignment", "Conversion to cell from double is not possible.");
    }

    public static MatlabError conversion(String from, String to) {
        return of("MATLAB:invalidConversion", "Conversion to " + to + " from " + from + " is not possible.");
    }
}
