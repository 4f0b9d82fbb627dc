package mjc.compiler.hir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mjc.compiler.frontend.Diagnostic;
import mjc.compiler.frontend.ast.ClassDef;
import mjc.compiler.frontend.ast.Expr;
import mjc.compiler.frontend.ast.FunctionDef;
import mjc.compiler.frontend.ast.Stmt;

/**
 * A function's {@code arguments} blocks as the statements they stand for, run before its body:
 * the count of required arguments, defaults for omitted ones (evaluated only when omitted, in
 * order, so they may use earlier arguments), class/size conversion and validator functions with
 * MATLAB's "Invalid argument at position N." prefix, and {@code opts.Name} name-value arguments
 * collected from the trailing arguments into the struct {@code opts}.
 */
final class ArgumentBlocks {
    /** The hidden variable holding the trailing name-value arguments (a cell, like varargin). */
    static final String NAME_VALUES = "$nameValues";

    /** The prologue, and the parameter that takes the name-value arguments (or null). */
    record Prologue(List<Stmt> statements, String nameValueParam) {
    }

    private ArgumentBlocks() {
    }

    static Prologue of(FunctionDef def, String file, List<Diagnostic> diagnostics) {
        List<Stmt> out = new ArrayList<>();
        if (def.arguments.isEmpty()) {
            return new Prologue(out, null);
        }
        List<ClassDef.PropertyDecl> positional = new ArrayList<>();
        Map<String, List<ClassDef.PropertyDecl>> groups = new LinkedHashMap<>();
        for (ClassDef.PropertyBlock b : def.arguments) {
            boolean output = false;
            for (ClassDef.Attribute a : b.attributes()) {
                if (a.name().equals("Output")) {
                    output = true;
                } else if (a.name().equals("Repeating")) {
                    diagnostics.add(Diagnostic.error(file, a.line(), a.col(),
                        "'Repeating' arguments blocks are not supported yet; use varargin"));
                } else if (!a.name().equals("Input")) {
                    diagnostics.add(Diagnostic.error(file, a.line(), a.col(), "unknown arguments block attribute '"
                        + a.name() + "'"));
                }
            }
            if (output) {
                continue; // output validation: not checked (MATLAB checks it when the function returns)
            }
            for (ClassDef.PropertyDecl d : b.declarations()) {
                int dot = d.name().indexOf('.');
                String param = dot < 0 ? d.name() : d.name().substring(0, dot);
                if (!def.params.contains(param)) {
                    diagnostics.add(Diagnostic.error(file, d.line(), d.col(), "'" + param
                        + "' is not an input argument of '" + def.name + "'"));
                    continue;
                }
                if (dot < 0) {
                    positional.add(d);
                } else {
                    groups.computeIfAbsent(param, k -> new ArrayList<>()).add(d);
                }
            }
        }
        String nvParam = null;
        for (String g : groups.keySet()) {
            if (!g.equals(def.params.get(def.params.size() - 1)) || groups.size() > 1) {
                ClassDef.PropertyDecl d = groups.get(g).get(0);
                diagnostics.add(Diagnostic.error(file, d.line(), d.col(),
                    "name-value arguments ('" + g + ".Name') must be the last input argument"));
                continue;
            }
            nvParam = g;
        }
        int required = 0;
        for (ClassDef.PropertyDecl d : positional) {
            if (d.defaultValue() == null) {
                required = Math.max(required, def.params.indexOf(d.name()) + 1);
            }
        }
        int line = def.line;
        int col = def.col;
        if (required > 0) {
            out.add(ifNargin(line, col, required, List.of(new Stmt.ExprStmt(line, col, ValidationCode.call(line, col,
                "error", List.of(ValidationCode.str(line, col, "MATLAB:minrhs"),
                    ValidationCode.str(line, col, "Not enough input arguments."))), false))));
        }
        for (ClassDef.PropertyDecl d : positional) {
            int position = def.params.indexOf(d.name()) + 1;
            Expr target = new Expr.Ident(d.line(), d.col(), d.name());
            if (d.defaultValue() != null) {
                out.add(ifNargin(d.line(), d.col(), position,
                    List.of(ValidationCode.assign(d.line(), d.col(), target, d.defaultValue()))));
            }
            out.addAll(ValidationCode.statements(d, target, "Invalid argument at position " + position + ". "));
        }
        if (nvParam != null) {
            out.addAll(nameValues(def, nvParam, groups.get(nvParam)));
        }
        return new Prologue(out, nvParam);
    }

    /** {@code if nargin < n, body, end}. */
    private static Stmt ifNargin(int line, int col, int n, List<Stmt> body) {
        Expr cond = new Expr.Binary(line, col, "<", new Expr.Ident(line, col, "nargin"),
            new Expr.Num(line, col, n, false, Integer.toString(n)));
        return new Stmt.If(line, col, List.of(cond), List.of(body), null);
    }

    private static List<Stmt> nameValues(FunctionDef def, String param, List<ClassDef.PropertyDecl> decls) {
        int line = decls.get(0).line();
        int col = decls.get(0).col();
        List<Stmt> out = new ArrayList<>();
        String given = "$givenNames";
        List<Expr> names = new ArrayList<>();
        for (ClassDef.PropertyDecl d : decls) {
            names.add(ValidationCode.str(line, col, field(d)));
        }
        int position = def.params.size();
        out.add(ValidationCode.assign(line, col, new Expr.Ident(line, col, given), ValidationCode.call(line, col,
            "mjc_namevalue", List.of(new Expr.Ident(line, col, NAME_VALUES),
                new Expr.Num(line, col, position, false, Integer.toString(position)),
                new Expr.Matrix(line, col, true, List.of(names))))));
        out.add(ValidationCode.assign(line, col, new Expr.Ident(line, col, param),
            ValidationCode.call(line, col, "struct", List.of())));
        for (ClassDef.PropertyDecl d : decls) {
            String f = field(d);
            Expr target = new Expr.Field(d.line(), d.col(), new Expr.Ident(d.line(), d.col(), param), f, null);
            Expr present = ValidationCode.call(d.line(), d.col(), "isfield", List.of(new Expr.Ident(d.line(), d.col(), given),
                ValidationCode.str(d.line(), d.col(), f)));
            Stmt take = ValidationCode.assign(d.line(), d.col(), target,
                new Expr.Field(d.line(), d.col(), new Expr.Ident(d.line(), d.col(), given), f, null));
            List<Stmt> check = ValidationCode.statements(d, target, "Invalid name-value argument '" + f + "'. ");
            List<Stmt> whenGiven = new ArrayList<>();
            whenGiven.add(take);
            if (d.defaultValue() != null) {
                List<Stmt> whenOmitted = List.of(ValidationCode.assign(d.line(), d.col(), target, d.defaultValue()));
                out.add(new Stmt.If(d.line(), d.col(), List.of(present), List.of(whenGiven), whenOmitted));
                out.addAll(check);
            } else {
                whenGiven.addAll(check);
                out.add(new Stmt.If(d.line(), d.col(), List.of(present), List.of(whenGiven), null));
            }
        }
        return out;
    }

    private static String field(ClassDef.PropertyDecl d) {
        return d.name().substring(d.name().indexOf('.') + 1);
    }
}
