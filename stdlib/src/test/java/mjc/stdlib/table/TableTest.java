package mjc.stdlib.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import mjc.runtime.error.MatlabError;
import mjc.runtime.index.Subscripts;
import mjc.runtime.object.IndexingOverloads;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.Value;
import mjc.stdlib.lang.ValidNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table value on its own: MATLAB's layout, value semantics of assignment, deletion rules, files. */
class TableTest {
    private static TableValue patients() {
        return (TableValue) Tables.table(new Value[] {DoubleArray.column(185, 133, 210), DoubleArray.column(74, 65.4, 72.2),
            CharArray.of("VariableNames"), CellArray.row(CharArray.of("weights"), CharArray.of("heights")),
            CharArray.of("RowNames"), CellArray.row(CharArray.of("Harry"), CharArray.of("Sally"), CharArray.of("Jose"))}, 1)[0];
    }

    @Test
    void displaysAsMatlabDoes() {
        // MATLAB R2016b+ (format loose) prints this for the same table, trailing blanks included
        StringBuilder sb = new StringBuilder();
        TableText.display(sb, "patients", patients());
        assertEquals("patients =\n\n  3\u00d72 table\n\n"
            + "             weights    heights\n"
            + "             _______    _______\n\n"
            + "    Harry      185         74  \n"
            + "    Sally      133       65.4  \n"
            + "    Jose       210       72.2  \n\n", sb.toString());
    }

    @Test
    void assignmentLeavesTheOriginalAlone() {
        TableValue t = patients();
        Value s = IndexingOverloads.substruct("()", CellArray.row(DoubleArray.scalar(1), CharArray.of("weights")));
        TableValue u = (TableValue) TableIndexing.subsasgn(t, s, DoubleArray.scalar(99));
        assertEquals(185, ((ArrayValue) t.variable(0)).re(0));
        assertEquals(99, ((ArrayValue) u.variable(0)).re(0));
        assertSame(t.variable(1), u.variable(1)); // untouched variables are shared, not copied
    }

    @Test
    void growingARowGrowsEveryVariableAndTheRowNames() {
        Value s = IndexingOverloads.substruct("{}", CellArray.row(DoubleArray.scalar(5), CharArray.of("heights")));
        TableValue u = (TableValue) TableIndexing.subsasgn(patients(), s, DoubleArray.scalar(60));
        assertEquals(5, u.height());
        assertEquals(0, ((ArrayValue) u.variable(0)).re(4));
        assertEquals("Row5", u.rowNames[4]);
    }

    @Test
    void deletionNeedsOneColonAndUnknownNamesAreRefused() {
        Value both = IndexingOverloads.substruct("()", CellArray.row(DoubleArray.scalar(1), DoubleArray.scalar(1)));
        MatlabError e = assertThrows(MatlabError.class, () -> TableIndexing.subsasgn(patients(), both, DoubleArray.EMPTY));
        assertEquals("MATLAB:table:InvalidEmptyAssignment", e.identifier());
        Value rows = IndexingOverloads.substruct("()", CellArray.row(DoubleArray.scalar(2), Subscripts.COLON));
        assertEquals(2, ((TableValue) TableIndexing.subsasgn(patients(), rows, DoubleArray.EMPTY)).height());
        MatlabError u = assertThrows(MatlabError.class, () -> TableIndexing.dot(patients(), CharArray.of("age")));
        assertEquals("MATLAB:table:UnrecognizedVarName", u.identifier());
    }

    @Test
    void validNamesFollowMatlabsRules() {
        assertEquals("firstName", ValidNames.makeValid("first name"));
        assertEquals("x1abc", ValidNames.makeValid("1abc"));
        assertEquals("xFor", ValidNames.makeValid("for"));
        assertEquals("Height_cm_", ValidNames.makeValid("Height (cm)"));
        assertEquals(java.util.List.of("a", "a_1", "b", "a_2"), ValidNames.makeUnique(java.util.List.of("a", "a", "b", "a")));
    }

    @Test
    void csvRoundTripKeepsNumbersTextAndQuotes(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, "id,label\n1,\"a, b\"\n2,\n,c\n");
        TableValue t = (TableValue) TableFiles.readtable(new Value[] {CharArray.of(f.toString())}, 1)[0];
        assertEquals(3, t.height());
        assertEquals(Double.NaN, ((ArrayValue) t.variable(0)).re(2));
        assertEquals("a, b", ((CharArray) ((CellArray) t.variable(1)).get(0)).string());
        TableFiles.writetable(new Value[] {t, CharArray.of(f.toString())}, 0);
        assertEquals("id,label\n1,\"a, b\"\n2,\nNaN,c\n", Files.readString(f));
    }
}
