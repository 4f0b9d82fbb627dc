package mjc.compiler.frontend.parser;

/** A token that also remembers its character offsets, so the parser can quote source text. */
final class LexToken extends Token {
    final int startOffset;
    final int endOffset;
    /** True when whitespace (or a comment or continuation) came right before this token. */
    final boolean spaceBefore;

    LexToken(int kind, String image, int startOffset, int endOffset, boolean spaceBefore) {
        super(kind, image);
        this.startOffset = startOffset;
        this.endOffset = endOffset;
        this.spaceBefore = spaceBefore;
    }
}
