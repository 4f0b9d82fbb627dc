package mjc.runtime.object;

/** Who may read, write or call a class member (MATLAB's Access, GetAccess, SetAccess attributes). */
public enum Access {
    PUBLIC, PROTECTED, PRIVATE, IMMUTABLE;

    public static Access parse(String s) {
        return switch (s) {
            case "protected" -> PROTECTED;
            case "private" -> PRIVATE;
            case "immutable" -> IMMUTABLE;
            default -> PUBLIC;
        };
    }

    /** Whether code running in a method of ctx (null: outside every class) may use a member defined by definer. */
    public boolean allows(MetaClass definer, MetaClass ctx) {
        return switch (this) {
            case PUBLIC -> true;
            case PROTECTED -> ctx != null && ctx.isSubclassOf(definer);
            case PRIVATE, IMMUTABLE -> ctx == definer;
        };
    }
}
