package mjc.runtime.object;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import mjc.runtime.error.MatlabError;
import mjc.runtime.index.Assign;
import mjc.runtime.index.Index;
import mjc.runtime.ops.Operators;
import mjc.runtime.value.Callable;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.LogicalArray;
import mjc.runtime.value.Value;
import org.junit.jupiter.api.Test;

/**
 * The run-time object model driven as generated code drives it: a JVM class per MATLAB class
 * with a field per stored property, described to {@link MetaClass#define} by the same text the
 * compiler writes.
 */
class ObjectModelTest {
    /** What the compiler generates for {@code classdef Point, properties X = 1; Y; end, ...}. */
    static class Point extends MObject {
        static MetaClass meta;
        Value x;
        Value y;

        @Override
        public MetaClass metaClass() {
            return meta;
        }

        @Override
        public Value slot(int i) {
            return i == 0 ? x : y;
        }

        @Override
        public void setSlot(int i, Value v) {
            if (i == 0) {
                x = v;
            } else {
                y = v;
            }
        }

        @Override
        public MObject blank() {
            return new Point();
        }

        @Override
        public int slotCount() {
            return 2;
        }
    }

    static final class Counter extends Point {
        static MetaClass meta;

        @Override
        public MetaClass metaClass() {
            return meta;
        }

        @Override
        public MObject blank() {
            return new Counter();
        }
    }

    private static final AtomicInteger DEFAULTS_EVALUATED = new AtomicInteger();

    static {
        Callable defaults = (args, n) -> {
            DEFAULTS_EVALUATED.incrementAndGet();
            return new Value[] {DoubleArray.scalar(1), DoubleArray.EMPTY};
        };
        Callable norm = (args, n) -> {
            double x = ((DoubleArray) Objects.get(args[0], "X", Point.meta)).scalar();
            double y = ((DoubleArray) Objects.get(args[0], "Y", Point.meta)).scalar();
            return new Value[] {DoubleArray.scalar(Math.hypot(x, y))};
        };
        Callable plus = (args, n) -> {
            Point r = (Point) Point.meta.construct();
            double ax = ((DoubleArray) Objects.get(args[0], "X", Point.meta)).scalar();
            double bx = ((DoubleArray) Objects.get(args[1], "X", Point.meta)).scalar();
            return new Value[] {Objects.set(r, "X", DoubleArray.scalar(ax + bx), Point.meta)};
        };
        Callable positive = (args, n) -> {
            if (((DoubleArray) args[0]).scalar() <= 0) {
                throw new MatlabError("MATLAB:validators:mustBePositive", "Value must be positive.");
            }
            return args;
        };
        Point.meta = MetaClass.define("class\tPoint\t\n"
                + "defaults\t0\n"
                + "prop\tX\t0\tPoint\tpublic\tpublic\t\t-1\t-1\t-1\n"
                + "prop\tY\t1\tPoint\tpublic\tprivate\t\t-1\t-1\t3\n"
                + "method\tnorm\t1\tpublic\t\n"
                + "method\tplus\t2\tpublic\t",
            new Point(), new MetaClass[0], new Callable[] {defaults, norm, plus, positive});
        Counter.meta = MetaClass.define("class\tCounter\t\n"
                + "prop\tX\t0\tPoint\tpublic\tpublic\t\t-1\t-1\t-1\n"
                + "prop\tY\t1\tPoint\tpublic\tprivate\t\t-1\t-1\t-1",
            new Counter(), new MetaClass[] {Point.meta, MetaClass.HANDLE}, new Callable[0]);
    }

    @Test
    void defaultsAreEvaluatedOnceAndStoredInFields() {
        Point a = (Point) Point.meta.construct();
        Point b = (Point) Point.meta.construct();
        assertEquals(1.0, ((DoubleArray) a.x).scalar());
        assertSame(a.x, b.x, "one default value, shared copy-on-write");
        assertEquals(1, DEFAULTS_EVALUATED.get());
        assertTrue(((DoubleArray) Index.fieldOne(a, "Y")).isEmpty());
    }

    @Test
    void valueObjectsAreCopiedOnWrite() {
        Point a = (Point) Point.meta.construct();
        a.share().share(); // held by two variables
        Value b = Assign.field(a, "X", DoubleArray.scalar(5));
        assertNotSame(a, b);
        assertEquals(1.0, ((DoubleArray) a.x).scalar(), "the other variable keeps its copy");
        assertEquals(5.0, ((DoubleArray) Index.fieldOne(b, "X")).scalar());
    }

    @Test
    void handleObjectsAreShared() {
        Counter h = (Counter) Counter.meta.construct();
        h.share().share();
        Value same = Assign.field(h, "X", DoubleArray.scalar(7));
        assertSame(h, same);
        assertEquals(7.0, ((DoubleArray) h.x).scalar());
        assertTrue(h.isHandle() && Counter.meta.isSubclassOf(MetaClass.HANDLE));
        assertTrue(Counter.meta.isa("Point"));
    }

    @Test
    void accessRulesAndMissingMembersRaiseMatlabErrors() {
        Point a = (Point) Point.meta.construct();
        MatlabError e = assertThrows(MatlabError.class, () -> Assign.field(a, "Y", DoubleArray.scalar(1)));
        assertEquals("MATLAB:class:SetProhibited", e.identifier());
        assertEquals("Unable to set the 'Y' property of class 'Point' because it is read-only.", e.getMessage());
        Value ok = Objects.set(a, "Y", DoubleArray.scalar(2), Point.meta);
        assertEquals(2.0, ((DoubleArray) Index.fieldOne(ok, "Y")).scalar());
        MatlabError v = assertThrows(MatlabError.class, () -> Objects.set(a, "Y", DoubleArray.scalar(-1), Point.meta));
        assertEquals("MATLAB:validators:mustBePositive", v.identifier());
        assertEquals("Error setting property 'Y' of class 'Point'. Value must be positive.", v.getMessage());
        MatlabError m = assertThrows(MatlabError.class, () -> Index.fieldOne(a, "Z"));
        assertEquals("MATLAB:noSuchMethodOrField", m.identifier());
        MatlabError add = assertThrows(MatlabError.class, () -> Assign.field(a, "Z", DoubleArray.scalar(1)));
        assertEquals("Unrecognized property 'Z' for class 'Point'.", add.getMessage());
    }

    @Test
    void methodsAreCalledByDotAndByFunctionSyntax() {
        Point a = (Point) Objects.set(Point.meta.construct(), "X", DoubleArray.scalar(3), null);
        a = (Point) Objects.set(a, "Y", DoubleArray.scalar(4), Point.meta);
        assertEquals(5.0, ((DoubleArray) Objects.dot(a, "norm", new Value[0], 1, null)[0]).scalar());
        assertEquals(5.0, ((DoubleArray) Objects.dispatch("norm", new Value[] {a}, 1)[0]).scalar());
        assertEquals(5.0, ((DoubleArray) Index.fieldOne(a, "norm")).scalar(), "obj.method without parentheses");
        assertNull(Objects.dispatch("norm", new Value[] {DoubleArray.scalar(1)}, 1), "no object: not a method call");
    }

    @Test
    void operatorsDispatchToTheClassOrFailAsMatlabDoes() {
        Point a = (Point) Point.meta.construct();
        Value sum = Operators.plus(a, a);
        assertEquals(2.0, ((DoubleArray) Index.fieldOne(sum, "X")).scalar());
        MatlabError e = assertThrows(MatlabError.class, () -> Operators.minus(a, a));
        assertEquals("Undefined function 'minus' for input arguments of type 'Point'.", e.getMessage());
        Counter h = (Counter) Counter.meta.construct();
        Counter k = (Counter) Counter.meta.construct();
        assertTrue(((LogicalArray) Operators.eq(h, h)).get(0), "handles compare by identity");
        assertFalse(((LogicalArray) Operators.eq(h, k)).get(0));
    }

    @Test
    void objectArraysGrowWithDefaultObjectsAndIndexToScalars() {
        Point a = (Point) Objects.set(Point.meta.construct(), "X", DoubleArray.scalar(9), null);
        Value arr = Assign.paren(null, a, new Value[] {DoubleArray.scalar(3)});
        assertEquals(3, arr.numel());
        assertEquals("Point", arr.className());
        Value first = Index.paren(arr, new Value[] {DoubleArray.scalar(1)});
        assertTrue(first instanceof MObject);
        assertEquals(1.0, ((DoubleArray) Index.fieldOne(first, "X")).scalar(), "filled by Point()");
        Value[] xs = Index.field(arr, "X");
        assertEquals(9.0, ((DoubleArray) xs[2]).scalar());
        assertThrows(MatlabError.class, () -> Assign.paren(arr, DoubleArray.scalar(1), new Value[] {DoubleArray.scalar(1)}));
    }

    @Test
    void deletedHandlesAreInvalid() {
        Counter h = (Counter) Counter.meta.construct();
        Objects.dispatch("delete", new Value[] {h}, 0);
        assertFalse(((LogicalArray) Objects.dispatch("isvalid", new Value[] {h}, 1)[0]).get(0));
        MatlabError e = assertThrows(MatlabError.class, () -> Index.fieldOne(h, "X"));
        assertEquals("MATLAB:class:InvalidHandle", e.identifier());
    }
}
