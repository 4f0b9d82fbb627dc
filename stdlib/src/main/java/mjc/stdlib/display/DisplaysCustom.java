package mjc.stdlib.display;

/**
 * A value that lays out its own display (a table): what {@code name = value} without a semicolon
 * prints, and what {@code disp} prints.
 */
public interface DisplaysCustom {
    void display(StringBuilder sb, String name);

    void disp(StringBuilder sb);
}
