package mjc.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mjc.compiler.golden.ProgramRun;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One bad input per builtin family, each caught with try/catch and checked for MATLAB's
 * identifier; then the same statement uncaught, which must end the program with status 1, an
 * "error: " line and no Java stack trace.
 */
class BadInputByFamilyTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        structs  | s.a = 1; s.b                                   | MATLAB:nonExistentField
        structs  | s.a = 1; getfield(s, 'zz')                     | MATLAB:nonExistentField
        structs  | s.a = 1; rmfield(s, 'zz')                      | MATLAB:rmfield:InvalidFieldname
        structs  | x = 5; x.a                                     | MATLAB:structRefFromNonStruct
        structs  | s = struct('a', 1); s(2).b                     | MATLAB:badsubscript
        structs  | struct('a', {1 2}, 'b', {1 2 3})               | MATLAB:struct:FieldsMismatch
        structs  | fieldnames(5)                                  | MATLAB:fieldnames:InvalidInput
        cells    | c = {1, 2}; c{3}                               | MATLAB:badsubscript
        cells    | c = {1, 2}; c{0}                               | MATLAB:badsubscript
        cells    | x = 5; x{1}                                    | MATLAB:cellRefFromNonCell
        cells    | cell2mat({1, 'a'})                             | MATLAB:cell2mat:MixedDataTypes
        cells    | cellfun(@(x) x, 5)                             | MATLAB:cellfun:NotACell
        cells    | cellfun(@(x) [x x], {1, 2})                    | MATLAB:cellfun:NotAScalarOutput
        format   | sprintf('%d', {1})                             | MATLAB:sprintf:InvalidInputType
        format   | num2str({1})                                   | MATLAB:UndefinedFunction
        strings  | upper(5)                                       | MATLAB:upper:InvalidInput
        strings  | regexprep(1, 'a', 'b')                         | MATLAB:regexprep:InvalidInput
        integers | int8(1) + int16(1)                             | MATLAB:mixedClasses
        integers | idivide(1, 2)                                  | MATLAB:idivide:mustBeInteger
        integers | int8(5) * {1}                                  | MATLAB:UndefinedFunction
        args     | max()                                          | MATLAB:minrhs
        args     | sum(1, 2, 3, 4, 5)                             | MATLAB:TooManyInputs
        args     | f = @(x) x; f(1, 2)                            | MATLAB:TooManyInputs
        args     | undefined_fn_abc(1)                            | MATLAB:UndefinedFunction
        args     | reshape(1:6, 4, 2)                             | MATLAB:getReshapeDims:notSameNumel
        maps     | m = containers.Map(); m('nokey')               | MATLAB:Containers:Map:NoKey
        maps     | m = containers.Map('KeyType', 'double', 'ValueType', 'any'); m('a') | MATLAB:Containers:TypeMismatch
        ops      | [1 2] + [1 2 3]                                | MATLAB:sizeDimensionsMustMatch
        ops      | [1 2; 3 4] * [1 2 3]                           | MATLAB:innerdim
        ops      | [[1 2]; [1 2 3]]                               | MATLAB:catenate:dimensionMismatch
        ops      | det([1 2 3])                                   | MATLAB:square
        ops      | accumarray([1; 2; 1], [10; 20])                | MATLAB:accumarray:invalidInput
        ops      | accumarray([0; 2], 1)                          | MATLAB:accumarray:invalidInput
        ops      | permute(zeros(2, 3, 4), [31 2])                | MATLAB:permute:tooFewIndices
        ops      | permute(zeros(2, 3), [3 1])                    | MATLAB:permute:badIndex
        ops      | permute(zeros(2, 3), [1 1])                    | MATLAB:permute:repeatedIndex
        indexing | x = [1 2]; x(0)                                | MATLAB:badsubscript
        indexing | x = [1 2]; x(1.5)                              | MATLAB:badsubscript
        indexing | x = [1 2]; x(10)                               | MATLAB:badsubscript
        indexing | x = eye(2); x(2, :) = [1 2 3]                  | MATLAB:subsassigndimmismatch
        indexing | x = [1 2 3]; x([1 2]) = [1 2 3]                | MATLAB:subsassignnumelmismatch
        errors   | assert(false)                                  | MATLAB:assertion:failed
        errors   | error('my:own', 'value %d', 3)                 | my:own
        handles  | feval(42)                                      | MATLAB:feval:invalidFunction
        eval     | eval('1 +* 2')                                 | MATLAB:m_invalid_syntax
        eval     | eval('undefined_in_eval + 1')                  | MATLAB:UndefinedFunction
        tables   | T = table([1; 2]); T(1)                        | MATLAB:table:LinearSubscript
        tables   | T = table([1; 2]); T.nope                      | MATLAB:table:UnrecognizedVarName
        tables   | T = table([1; 2]); T(3, :)                     | MATLAB:table:RowIndexOutOfRange
        tables   | T = table([1; 2]); T.Var1 = [1; 2; 3]          | MATLAB:table:RowDimensionMismatch
        tables   | table([1; 2], [1; 2; 3])                       | MATLAB:table:UnequalVarLengths
        tables   | T = table([1; 2]); T(1, 1) = []                | MATLAB:table:InvalidEmptyAssignment
        tables   | readtable('no_such_file_here.csv')             | MATLAB:textio:textio:FileNotFound
        tables   | writetable(5, 'x.csv')                         | MATLAB:writetable:InvalidInput
        sparse   | sparse([1 2], [1 2 3], 1)                      | MATLAB:sparse:lengthMismatch
        sparse   | sparse(0, 1, 1)                                | MATLAB:sparse:IndexOutOfRange
        sparse   | sparse(3, 1, 1, 2, 2)                          | MATLAB:sparse:indexExceedsDims
        sparse   | speye(3) * ones(2)                             | MATLAB:innerdim
        regexp   | regexp('a', 'b', 'nonsense')                   | MATLAB:regexp:UnknownOption
        regexp   | regexprep('a', '(', 'b')                       | MATLAB:regexp:badPattern
        moving   | movmean(1:5, 3, 'Endpoints', 'sideways')       | MATLAB:movmean:invalidEndpoints
        """)
    void badInputGivesMatlabIdentifier(String family, String statement, String identifier) throws IOException {
        Path caught = dir.resolve("caught.m");
        Files.writeString(caught, "try\n  " + statement + "\n  disp('no error')\ncatch e\n  disp(e.identifier)\nend\n");
        ProgramRun r = ProgramRun.of(caught, "caught.m", List.of());
        assertThat(r.stdout().strip()).as(r.stderr()).isEqualTo(identifier);
        assertThat(r.exit()).isZero();

        Path uncaught = dir.resolve("uncaught.m");
        Files.writeString(uncaught, "disp('before')\n" + statement + "\ndisp('after')\n");
        ProgramRun u = ProgramRun.of(uncaught, "uncaught.m", List.of());
        assertThat(u.exit()).isEqualTo(1);
        assertThat(u.stdout()).startsWith("before\n").doesNotContain("after");
        assertThat(u.stderr()).startsWith("error: ").contains("uncaught.m:2")
            .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at java.");
    }
}
