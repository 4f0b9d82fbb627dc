package mjc.stdlib.display;

import static org.junit.jupiter.api.Assertions.assertEquals;

import mjc.runtime.object.MObject;
import mjc.runtime.object.MetaClass;
import mjc.runtime.object.ObjectArray;
import mjc.runtime.value.Callable;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.Value;
import org.junit.jupiter.api.Test;

/** Objects display in MATLAB's format (SPEC §8): class line, blank line, right-aligned public properties. */
class ObjectDisplayTest {
    /** A class as the compiler lays it out: X, Name public, Secret private. */
    static final class Item extends MObject {
        static final MetaClass META;
        Value x;
        Value name;
        Value secret;

        static {
            Callable defaults = (a, n) -> new Value[] {DoubleArray.scalar(1.5), CharArray.of("box"),
                DoubleArray.of(new int[] {1, 3}, new double[] {1, 2, 3})};
            META = MetaClass.define("class\tItem\t\ndefaults\t0\n"
                    + "prop\tX\t0\tItem\tpublic\tpublic\t\t-1\t-1\t-1\n"
                    + "prop\tName\t1\tItem\tpublic\tpublic\t\t-1\t-1\t-1\n"
                    + "prop\tSecret\t2\tItem\tprivate\tprivate\t\t-1\t-1\t-1",
                new Item(), new MetaClass[0], new Callable[] {defaults});
        }

        @Override
        public MetaClass metaClass() {
            return META;
        }

        @Override
        public Value slot(int i) {
            return i == 0 ? x : i == 1 ? name : secret;
        }

        @Override
        public void setSlot(int i, Value v) {
            if (i == 0) {
                x = v;
            } else if (i == 1) {
                name = v;
            } else {
                secret = v;
            }
        }

        @Override
        public MObject blank() {
            return new Item();
        }

        @Override
        public int slotCount() {
            return 3;
        }
    }

    @Test
    void aScalarObjectListsItsPublicProperties() {
        MObject o = Item.META.construct();
        assertEquals("p = \n  Item with properties:\n\n       X: 1.5000\n    Name: 'box'\n\n", Display.showText("p", o));
        assertEquals("  Item with properties:\n\n       X: 1.5000\n    Name: 'box'\n\n", Display.dispText(o));
    }

    @Test
    void anObjectArrayListsPropertyNames() {
        MObject o = Item.META.construct();
        Value arr = ObjectArray.of(Item.META, new int[] {1, 3}, new MObject[] {o, o, o});
        assertEquals("a = \n  1x3 Item array with properties:\n\n    X\n    Name\n\n", Display.showText("a", arr));
        Value none = ObjectArray.filled(Item.META, new int[] {0, 0});
        assertEquals("  0x0 empty Item array with properties:\n\n    X\n    Name\n\n", Display.dispText(none));
    }

    @Test
    void valuesInsideAPropertyListAreShownOnOneLine() {
        assertEquals("[1 2 3]", ObjectText.inline(DoubleArray.of(new int[] {1, 3}, new double[] {1, 2, 3})));
        assertEquals("[]", ObjectText.inline(DoubleArray.EMPTY));
        assertEquals("'abc'", ObjectText.inline(CharArray.of("abc")));
    }

    @Test
    void reflectionSeesPublicMembersOnly() {
        MObject o = Item.META.construct();
        assertEquals("X Name", String.join(" ", java.util.Arrays.stream(((mjc.runtime.value.CellArray) mjc.stdlib.structs.Structs.fieldnames(o)).data())
            .map(v -> ((CharArray) v).string()).toList()));
        assertEquals(true, ((mjc.runtime.value.LogicalArray) mjc.stdlib.types.ObjectFunctions.isprop(o, CharArray.of("X"))).get(0));
        assertEquals(false, ((mjc.runtime.value.LogicalArray) mjc.stdlib.types.ObjectFunctions.isprop(o, CharArray.of("Secret"))).get(0));
        assertEquals(true, ((mjc.runtime.value.LogicalArray) mjc.stdlib.types.Predicates.isa(o, CharArray.of("Item"))).get(0));
        assertEquals(false, ((mjc.runtime.value.LogicalArray) mjc.stdlib.types.Predicates.isa(o, CharArray.of("handle"))).get(0));
    }
}
