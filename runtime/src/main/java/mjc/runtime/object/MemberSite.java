package mjc.runtime.object;

import mjc.runtime.value.Value;

/**
 * An inline cache for one {@code obj.Name} read, {@code obj.Name = v} write or
 * {@code obj.name(args)} call in compiled code (a static field of the calling class). The
 * first object of a class goes the general way ({@link Objects}); when the member turned out to
 * be a plain stored property (no get/set method, validation or listeners, and accessible from
 * the calling class) or a method, the site remembers the class and its slot or method, and
 * later objects of exactly that class take one class check and a slot access or direct call,
 * with no name lookup. Any other value (a struct, another class) takes the general way.
 */
public final class MemberSite {
    private final String name;
    private final String accessorOf;
    /** What a site learned, published whole (sites are shared by every thread running the code). */
    private record Slot(MetaClass cls, int slot) {
    }

    private record Method(MetaClass cls, MethodInfo method) {
    }

    private static final Slot NO_SLOT = new Slot(null, -1);
    private static final Method NO_METHOD = new Method(null, null);

    private Slot read = NO_SLOT;
    private Slot write = NO_SLOT;
    private Method call = NO_METHOD;

    public MemberSite(String name, String accessorOf) {
        this.name = name;
        this.accessorOf = accessorOf;
    }

    /** {@code base.name} (one value). */
    public static Value get(Value base, MemberSite site, MetaClass ctx) {
        Slot c = site.read;
        if (base instanceof MObject o && o.metaClass() == c.cls && !o.isDeleted()) {
            Value v = o.slot(c.slot);
            if (v != null) {
                return v;
            }
        }
        return site.slowGet(base, ctx);
    }

    /** {@code base.name} as a comma-separated list (one value per element of an object or struct array). */
    public static Value[] getList(Value base, MemberSite site, MetaClass ctx) {
        Slot c = site.read;
        if (base instanceof MObject o && o.metaClass() == c.cls && !o.isDeleted()) {
            Value v = o.slot(c.slot);
            if (v != null) {
                return new Value[] {v};
            }
        }
        if (base instanceof MObject) {
            return new Value[] {site.slowGet(base, ctx)};
        }
        return ctx == null && site.accessorOf == null ? mjc.runtime.index.Index.field(base, site.name)
            : Objects.getList(base, site.name, ctx, site.accessorOf);
    }

    private Value slowGet(Value base, MetaClass ctx) {
        Value v = ctx == null && accessorOf == null ? mjc.runtime.index.Index.fieldOne(base, name)
            : Objects.get(base, name, ctx, accessorOf);
        if (base instanceof MObject o) {
            Property p = o.metaClass().property(name);
            if (p != null && p.slot >= 0 && !p.constant && !p.dependent && (p.getter == null || name.equals(accessorOf))
                && p.getAccess.allows(p.definer, ctx) && !o.metaClass().overloadsIndexing()) {
                read = new Slot(o.metaClass(), p.slot);
            }
        }
        return v;
    }

    /** {@code base.name = rhs}: the updated base. */
    public static Value set(Value base, Value rhs, MemberSite site, MetaClass ctx) {
        Slot c = site.write;
        if (base instanceof MObject o && o.metaClass() == c.cls && !o.isDeleted()
            && (o.isHandle() || !o.isShared())) {
            Value old = o.slot(c.slot);
            if (old != rhs) {
                o.setSlot(c.slot, rhs.share());
            }
            return o;
        }
        return site.slowSet(base, rhs, ctx);
    }

    private Value slowSet(Value base, Value rhs, MetaClass ctx) {
        Value out = ctx == null && accessorOf == null ? mjc.runtime.index.Assign.field(base, name, rhs)
            : Objects.set(base, name, rhs, ctx, accessorOf);
        if (out instanceof MObject o) {
            Property p = o.metaClass().property(name);
            if (p != null && p.slot >= 0 && !p.constant && !p.dependent && p.validator == null && !p.observable
                && (p.setter == null || name.equals(accessorOf)) && p.setAccess.allows(p.definer, ctx)
                && !o.metaClass().overloadsIndexing()) {
                write = new Slot(o.metaClass(), p.slot);
            }
        }
        return out;
    }

    /** {@code base.name(args)}: a method call on an object, else indexing of the field. */
    public static Value[] dot(Value base, Value[] args, int nargout, MemberSite site, MetaClass ctx) {
        Method c = site.call;
        if (base instanceof MObject o && o.metaClass() == c.cls && !o.isDeleted()) {
            Value[] full = new Value[args.length + 1];
            full[0] = base;
            System.arraycopy(args, 0, full, 1, args.length);
            return c.method.impl.call(full, nargout);
        }
        Value[] r = Objects.dot(base, site.name, args, nargout, ctx);
        if (base instanceof MObject o && o.metaClass().property(site.name) == null) {
            MethodInfo m = o.metaClass().findMethod(site.name);
            if (m != null && !m.isStatic && !m.isAbstract && m.impl != null && m.access.allows(m.definer, ctx)
                && !site.name.equals("delete") && !site.name.equals("isvalid") && !o.metaClass().overloadsIndexing()) {
                site.call = new Method(o.metaClass(), m);
            }
        }
        return r;
    }
}
