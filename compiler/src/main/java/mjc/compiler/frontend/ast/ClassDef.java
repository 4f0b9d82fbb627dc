package mjc.compiler.frontend.ast;

import java.util.List;

/**
 * {@code classdef (Attrs) Name < Super1 & Super2 ... end}: the blocks of a class definition as
 * written. Attribute values are kept as expressions ({@code Access = private},
 * {@code SetAccess = ?Other}); the lowering decides what they mean.
 */
public final class ClassDef extends Node {
    public final String name;
    public final List<Attribute> attributes;
    public final List<String> superclasses;
    public final List<PropertyBlock> properties;
    public final List<MethodBlock> methods;
    public final List<EventBlock> events;
    public final List<EnumMember> enumeration;

    public ClassDef(int line, int col, String name, List<Attribute> attributes, List<String> superclasses,
                    List<PropertyBlock> properties, List<MethodBlock> methods, List<EventBlock> events,
                    List<EnumMember> enumeration) {
        super(line, col);
        this.name = name;
        this.attributes = attributes;
        this.superclasses = superclasses;
        this.properties = properties;
        this.methods = methods;
        this.events = events;
        this.enumeration = enumeration;
    }

    /** {@code Name}, {@code Name = value} or {@code ~Name} (value false) in an attribute list. */
    public record Attribute(int line, int col, String name, Expr value, boolean negated) {
    }

    public record PropertyBlock(List<Attribute> attributes, List<PropertyDecl> declarations) {
    }

    /**
     * {@code Name (1,:) double {mustBePositive} = 1}: size entries are null for {@code :};
     * className and defaultValue are null when absent.
     */
    public record PropertyDecl(int line, int col, String name, List<Integer> size, String className,
                               List<Expr> validators, Expr defaultValue) {
    }

    /** Methods defined in the block; a signature without a body (Abstract, or defined in its own file) has a null body. */
    public record MethodBlock(List<Attribute> attributes, List<FunctionDef> functions) {
    }

    public record EventBlock(List<Attribute> attributes, List<String> names) {
    }

    /** {@code Red} or {@code Red (255, 0, 0)} in an enumeration block. */
    public record EnumMember(int line, int col, String name, List<Expr> args) {
    }
}
