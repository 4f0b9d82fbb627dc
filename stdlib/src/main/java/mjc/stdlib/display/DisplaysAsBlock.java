package mjc.stdlib.display;

/**
 * A value MATLAB shows as its type on one line and its text below (datetime, duration):
 * {@code t = }, {@code   datetime}, a blank line, then the text indented by three.
 */
public interface DisplaysAsBlock {
    String typeLine();

    /** The value's text: one line per row. */
    String valueText();
}
