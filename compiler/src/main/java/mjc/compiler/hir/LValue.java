package mjc.compiler.hir;

import java.util.List;

/** An assignment target: a variable and a chain of index and field accessors ({@code s.a{2}(3)}). */
public final class LValue {
    public final Variable root;
    public final List<Accessor> chain;

    public LValue(Variable root, List<Accessor> chain) {
        this.root = root;
        this.chain = chain;
    }

    public boolean isPlain() {
        return chain.isEmpty();
    }

    /** One level of an assignment target. */
    public static final class Accessor {
        public enum Kind { PAREN, BRACE, FIELD }

        public final Kind kind;
        public final List<HExpr> args;
        public final String field;
        public final HExpr dynamicField;
        public final IndexContext context;

        public Accessor(Kind kind, List<HExpr> args, String field, HExpr dynamicField, IndexContext context) {
            this.kind = kind;
            this.args = args;
            this.field = field;
            this.dynamicField = dynamicField;
            this.context = context;
        }
    }
}
