package mjc.compiler;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import mjc.compiler.frontend.Diagnostic;
import mjc.compiler.frontend.ast.ClassDef;
import mjc.compiler.frontend.ast.Expr;
import mjc.compiler.frontend.ast.FunctionDef;
import mjc.compiler.frontend.ast.SourceFile;
import mjc.compiler.frontend.ast.Stmt;
import mjc.compiler.hir.HClass;
import mjc.compiler.hir.HFunction;
import mjc.compiler.hir.NestedScopes;
import mjc.compiler.hir.ValidationCode;

/**
 * Turns a parsed classdef into its {@link HClass} and the functions to lower: one per method
 * (the constructor gets its output object as a hidden first parameter), the property defaults
 * and Constant values as two synthetic functions, and the file's local functions.
 */
final class ClassUnits {
    private ClassUnits() {
    }

    static HClass declare(SourceFile f, String qualified, String display, Map<FunctionDef, HFunction> byDef,
                          Map<String, HFunction> functions, List<Diagnostic> diagnostics,
                          Function<String, HClass> classes) {
        ClassDef cd = f.classDef;
        // a class in a package (+pkg/Name.m) is pkg.Name, in JVM package mjcprog/pkg
        String jvm = "mjcprog/" + qualified.replace('.', '/');
        HClass c = new HClass(qualified, jvm, display);
        for (ClassDef.Attribute a : cd.attributes) {
            if (a.name().equals("Abstract")) {
                c.isAbstract = !a.negated() && isTrue(a.value());
            } else if (a.name().equals("Sealed")) {
                c.sealed = !a.negated() && isTrue(a.value());
            }
        }
        for (String s : cd.superclasses) {
            if (s.equals("handle")) {
                c.handle = true;
                c.directHandle = true;
                continue;
            }
            mjc.runtime.value.MClass builtin = mjc.runtime.value.MClass.fromName(s);
            if (builtin != null && (builtin.numeric || builtin == mjc.runtime.value.MClass.LOGICAL
                || builtin == mjc.runtime.value.MClass.CHAR)) {
                c.builtinBase = s; // an enumeration or class whose instances carry a built-in value
                continue;
            }
            HClass base = classes.apply(s);
            if (base == null) {
                diagnostics.add(Diagnostic.error(display, cd.line, cd.col, "the superclass '" + s
                    + "' is not a class on the path"));
                continue;
            }
            if (base.sealed) {
                diagnostics.add(Diagnostic.error(display, cd.line, cd.col, "'" + cd.name + "' cannot be a subclass of '"
                    + s + "': '" + s + "' is Sealed"));
            }
            c.supers.add(base);
            c.handle |= base.handle;
        }
        int slot = 0;
        for (HClass base : c.supers) {
            for (HClass.Prop p : base.props) {
                if (c.prop(p.name) == null) {
                    HClass.Prop q = copy(p);
                    if (p.slot >= 0) {
                        q.slot = slot++;
                    }
                    c.props.add(q);
                }
            }
        }
        List<HClass.Prop> stored = new ArrayList<>();
        List<HClass.Prop> constants = new ArrayList<>();
        List<Expr> storedDefaults = new ArrayList<>();
        List<Expr> constantValues = new ArrayList<>();
        List<ClassDef.PropertyDecl> storedDecls = new ArrayList<>();
        List<ClassDef.PropertyDecl> constantDecls = new ArrayList<>();
        for (ClassDef.PropertyBlock b : cd.properties) {
            for (ClassDef.PropertyDecl d : b.declarations()) {
                HClass.Prop p = new HClass.Prop(d.name(), c);
                for (ClassDef.Attribute a : b.attributes()) {
                    boolean on = !a.negated() && isTrue(a.value());
                    switch (a.name()) {
                        case "Access" -> p.getAccess = p.setAccess = word(a.value());
                        case "GetAccess" -> p.getAccess = word(a.value());
                        case "SetAccess" -> p.setAccess = word(a.value());
                        case "Constant" -> p.constant = on;
                        case "Dependent" -> p.dependent = on;
                        case "Hidden" -> p.hidden = on;
                        case "SetObservable" -> p.observable = on;
                        default -> { }
                    }
                }
                Expr def = d.defaultValue() != null ? d.defaultValue() : ValidationCode.implicitDefault(d);
                if (p.constant) {
                    constants.add(p);
                    constantValues.add(def);
                    constantDecls.add(d);
                } else if (!p.dependent) {
                    p.slot = slot++;
                    stored.add(p);
                    storedDefaults.add(def);
                    storedDecls.add(d);
                }
                if (ValidationCode.validates(d) && !p.constant) {
                    p.validator = validator(c, d, byDef);
                }
                c.props.add(p);
            }
        }
        c.defaults = synthetic(c, "$defaults", stored, storedDefaults, storedDecls, byDef, cd);
        if (!constants.isEmpty()) {
            c.constants = synthetic(c, "$constants", constants, constantValues, constantDecls, byDef, cd);
        }
        c.constantProps.addAll(constants);
        for (ClassDef.EventBlock b : cd.events) {
            c.events.addAll(b.names());
        }
        if (!c.events.isEmpty() && !c.handle) {
            diagnostics.add(Diagnostic.error(display, cd.line, cd.col, "only handle classes can define events: make '"
                + cd.name + "' a subclass of handle"));
        }
        if (!cd.enumeration.isEmpty()) {
            c.enumArgs = enumerationArguments(c, cd, byDef);
        }
        for (ClassDef.MethodBlock b : cd.methods) {
            String access = "public";
            boolean isStatic = false;
            boolean isAbstract = false;
            boolean sealed = false;
            for (ClassDef.Attribute a : b.attributes()) {
                boolean on = !a.negated() && isTrue(a.value());
                switch (a.name()) {
                    case "Access" -> access = word(a.value());
                    case "Static" -> isStatic = on;
                    case "Abstract" -> isAbstract = on;
                    case "Sealed" -> sealed = on;
                    default -> { }
                }
            }
            for (FunctionDef def : b.functions()) {
                for (HClass base : c.supers) {
                    if (base.sealedMethods().contains(def.name)) {
                        diagnostics.add(Diagnostic.error(display, def.line, def.col, "the method '" + def.name
                            + "' cannot be redefined in '" + cd.name + "': it is Sealed in '" + base.name + "'"));
                    }
                }
                method(c, def, access, isStatic, isAbstract, display, byDef, diagnostics);
                if (sealed) {
                    c.sealedMethods.add(def.name);
                }
            }
        }
        for (FunctionDef def : f.functions) {
            HFunction local = new HFunction(HFunction.Kind.FUNCTION, def.name, cd.name + ">" + def.name,
                def.sourceFile != null ? def.sourceFile : display);
            local.className = jvm + "$local$" + def.name;
            local.line = def.line;
            local.owner = c;
            functions.putIfAbsent(def.name, local);
            byDef.put(def, local);
            NestedScopes.declare(def, local, byDef, diagnostics);
        }
        return c;
    }

    private static void method(HClass c, FunctionDef def, String access, boolean isStatic, boolean isAbstract,
                               String display, Map<FunctionDef, HFunction> byDef, List<Diagnostic> diagnostics) {
        if (def.body == null) {
            c.methods.put(def.name, new HClass.Method(null, access, isStatic, true));
            return;
        }
        String jvm = c.jvmName;
        if (def.name.equals(c.name.substring(c.name.lastIndexOf('.') + 1))) {
            if (def.outputs.size() != 1) {
                diagnostics.add(Diagnostic.error(display, def.line, def.col,
                    "a constructor must return exactly one output, the object"));
                return;
            }
            List<String> params = new ArrayList<>();
            params.add(def.outputs.get(0));
            params.addAll(def.params);
            FunctionDef withObject = new FunctionDef(def.line, def.col, def.name, params, def.outputs, def.body, def.async,
                def.hasEnd, def.endLine);
            HFunction f = new HFunction(HFunction.Kind.FUNCTION, c.name, c.name + "." + c.name, display);
            f.className = jvm + "$ctor";
            f.line = def.line;
            f.owner = c;
            f.hiddenParams = 1;
            c.constructor = f;
            byDef.put(withObject, f);
            withObject.nested.addAll(def.nested);
            NestedScopes.declare(withObject, f, byDef, diagnostics);
            return;
        }
        boolean getter = def.name.startsWith("get.");
        boolean setter = def.name.startsWith("set.");
        HFunction f = new HFunction(HFunction.Kind.FUNCTION, def.name, c.name + "." + def.name,
            def.sourceFile != null ? def.sourceFile : display);
        f.className = jvm + "$m$" + def.name.replace('.', '$');
        f.line = def.line;
        f.owner = c;
        byDef.put(def, f);
        NestedScopes.declare(def, f, byDef, diagnostics);
        if (getter || setter) {
            String pname = def.name.substring(4);
            HClass.Prop p = c.prop(pname);
            if (p == null || p.definer != c) {
                diagnostics.add(Diagnostic.error(display, def.line, def.col, "'" + def.name
                    + "' is an accessor of a property this class does not define"));
                return;
            }
            f.accessorOf = pname;
            if (getter) {
                p.getter = f;
            } else {
                p.setter = f;
            }
            return;
        }
        c.methods.put(def.name, new HClass.Method(f, access, isStatic, isAbstract));
    }

    /**
     * function [p1, p2, ...] = NAME(), p1 = default1; ...: evaluated once by the class at run
     * time, each default converted and checked as its declaration says (MATLAB validates defaults).
     */
    private static HFunction synthetic(HClass c, String name, List<HClass.Prop> props, List<Expr> values,
                                       List<ClassDef.PropertyDecl> decls, Map<FunctionDef, HFunction> byDef, ClassDef cd) {
        List<Stmt> body = new ArrayList<>();
        List<String> outs = new ArrayList<>();
        for (int i = 0; i < props.size(); i++) {
            Expr v = values.get(i);
            outs.add(props.get(i).name);
            Expr target = new Expr.Ident(v.line, v.col, props.get(i).name);
            body.add(new Stmt.Assign(v.line, v.col, List.of(target), false, v, false));
            body.addAll(ValidationCode.statements(decls.get(i), target, ""));
        }
        FunctionDef def = new FunctionDef(cd.line, cd.col, name, List.of(), outs, body, false, true, cd.line);
        HFunction f = new HFunction(HFunction.Kind.FUNCTION, name, cd.name, c.file);
        f.className = c.jvmName + name;
        f.line = cd.line;
        f.owner = c;
        byDef.put(def, f);
        return f;
    }

    /** function [a1, a2, ...] = $enumargs(): each member's constructor arguments as a cell, in declaration order. */
    private static HFunction enumerationArguments(HClass c, ClassDef cd, Map<FunctionDef, HFunction> byDef) {
        List<Stmt> body = new ArrayList<>();
        List<String> outs = new ArrayList<>();
        for (ClassDef.EnumMember m : cd.enumeration) {
            c.enumNames.add(m.name());
            String out = "$" + m.name();
            outs.add(out);
            Expr cell = new Expr.Matrix(m.line(), m.col(), true, m.args().isEmpty() ? List.of() : List.of(m.args()));
            body.add(new Stmt.Assign(m.line(), m.col(), List.of(new Expr.Ident(m.line(), m.col(), out)), false, cell,
                false));
        }
        FunctionDef def = new FunctionDef(cd.line, cd.col, "$enumargs", List.of(), outs, body, false, true, cd.line);
        HFunction f = new HFunction(HFunction.Kind.FUNCTION, "$enumargs", cd.name, c.file);
        f.className = c.jvmName + "$enumargs";
        f.line = cd.line;
        f.owner = c;
        byDef.put(def, f);
        return f;
    }

    /** function P = $validate$P(P): the declaration's class, size and validator functions on a value being set. */
    private static HFunction validator(HClass c, ClassDef.PropertyDecl d, Map<FunctionDef, HFunction> byDef) {
        String name = "$validate$" + d.name();
        List<Stmt> body = ValidationCode.statements(d, new Expr.Ident(d.line(), d.col(), d.name()), "");
        FunctionDef def = new FunctionDef(d.line(), d.col(), name, List.of(d.name()), List.of(d.name()), body, false,
            true, d.line());
        HFunction f = new HFunction(HFunction.Kind.FUNCTION, name, c.name, c.file);
        f.className = c.jvmName + name;
        f.line = d.line();
        f.owner = c;
        byDef.put(def, f);
        return f;
    }

    private static HClass.Prop copy(HClass.Prop p) {
        HClass.Prop q = new HClass.Prop(p.name, p.definer);
        q.getAccess = p.getAccess;
        q.setAccess = p.setAccess;
        q.constant = p.constant;
        q.dependent = p.dependent;
        q.hidden = p.hidden;
        q.observable = p.observable;
        q.getter = p.getter;
        q.setter = p.setter;
        q.validator = p.validator;
        return q;
    }

    /** An attribute's value: absent or true means on. */
    private static boolean isTrue(Expr v) {
        return v == null || v instanceof Expr.Ident id && id.name.equals("true")
            || v instanceof Expr.Num n && n.value != 0;
    }

    private static String word(Expr v) {
        if (v instanceof Expr.Ident id) {
            return id.name;
        }
        if (v instanceof Expr.Str s) {
            return s.value;
        }
        return "private"; // ?Class lists: access for the listed classes only (treated as private for now)
    }
}
