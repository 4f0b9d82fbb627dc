package mjc.stdlib.display;

/** Values Octave has no display for, shown on one line ({@code t = Task (pending)}). */
public interface DisplaysInline {
    String displayText();
}
