package mjc.compiler.frontend;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The text of a .m file from its bytes: UTF-8 (MATLAB's default since R2020a), without a leading
 * byte-order mark. A file that is not valid UTF-8 (legacy files saved as Latin-1 or Windows-1252)
 * is read as ISO-8859-1, which maps every byte, with a warning at the first byte that is not
 * UTF-8: nothing is refused and nothing is silently changed.
 */
public final class SourceText {
    private SourceText() {
    }

    public static String decode(byte[] bytes, String display, List<Diagnostic> diagnostics) {
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
            && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(bytes.length - skip);
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult r = utf8.decode(in, out, true);
        if (!r.isError()) {
            utf8.flush(out);
            out.flip();
            return out.toString();
        }
        int bad = in.position();
        out.flip();
        int line = 1;
        int col = 1;
        for (int i = 0; i < out.length(); i++) {
            if (out.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        diagnostics.add(new Diagnostic(display, line, col, String.format(
            "the file is not valid UTF-8 text (byte 0x%02X); it is read as ISO-8859-1 (Latin-1)", bytes[bad] & 0xFF),
            null, true));
        return new String(bytes, skip, bytes.length - skip, StandardCharsets.ISO_8859_1);
    }
}
