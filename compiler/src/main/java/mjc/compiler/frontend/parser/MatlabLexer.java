package mjc.compiler.frontend.parser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mjc.compiler.frontend.Diagnostic;

/**
 * MATLAB's context-sensitive lexer, feeding the JavaCC parser through its TokenManager
 * interface. It keeps a stack of contexts (statement block, parentheses, brackets, braces,
 * do-blocks) and decides, from that context and the previous token:
 * <ul>
 * <li>whether whitespace inside {@code [ ]} or {@code { }} separates elements (a comma is
 *     inserted: {@code [1 -2]} has two elements, {@code [1 - 2]} one);</li>
 * <li>whether {@code '} is a transpose or opens a char literal;</li>
 * <li>whether a statement is in command syntax ({@code format long} is {@code format('long')});</li>
 * <li>whether {@code end} closes a block or means the last index;</li>
 * <li>whether a newline separates statements (also inside a do-block within parentheses) or
 *     rows of a matrix.</li>
 * </ul>
 */
public final class MatlabLexer extends MatlabParserTokenManager {
    private enum Kind { BLOCK, PAREN, BRACKET, BRACE }

    private static final class Ctx {
        final Kind kind;
        final boolean doBlock;
        boolean anonParams;
        int depth;
        int line;
        int col;
        String opener;

        Ctx(Kind kind, boolean doBlock) {
            this.kind = kind;
            this.doBlock = doBlock;
        }

        Ctx at(int l, int c, String o) {
            line = l;
            col = c;
            opener = o;
            return this;
        }
    }

    private static final Map<String, Integer> KEYWORDS = Map.ofEntries(
        Map.entry("if", MatlabParserConstants.IF), Map.entry("elseif", MatlabParserConstants.ELSEIF),
        Map.entry("else", MatlabParserConstants.ELSE), Map.entry("end", MatlabParserConstants.END),
        Map.entry("for", MatlabParserConstants.FOR), Map.entry("parfor", MatlabParserConstants.PARFOR),
        Map.entry("while", MatlabParserConstants.WHILE), Map.entry("switch", MatlabParserConstants.SWITCH),
        Map.entry("case", MatlabParserConstants.CASE), Map.entry("otherwise", MatlabParserConstants.OTHERWISE),
        Map.entry("try", MatlabParserConstants.TRY), Map.entry("catch", MatlabParserConstants.CATCH),
        Map.entry("function", MatlabParserConstants.FUNCTION), Map.entry("return", MatlabParserConstants.RETURN),
        Map.entry("break", MatlabParserConstants.BREAK), Map.entry("continue", MatlabParserConstants.CONTINUE),
        Map.entry("global", MatlabParserConstants.GLOBAL), Map.entry("persistent", MatlabParserConstants.PERSISTENT),
        Map.entry("classdef", MatlabParserConstants.CLASSDEF), Map.entry("spmd", MatlabParserConstants.SPMD));

    private static final Set<Integer> BLOCK_OPENERS = Set.of(MatlabParserConstants.IF, MatlabParserConstants.FOR,
        MatlabParserConstants.PARFOR, MatlabParserConstants.WHILE, MatlabParserConstants.SWITCH,
        MatlabParserConstants.TRY, MatlabParserConstants.FUNCTION);

    /** Binary operators that, followed by whitespace, make "name op ..." an expression, not a command. */
    private static final String[] BINARY_OPS = {"==", "~=", "!=", "<=", ">=", "&&", "||", ".*", "./", ".\\", ".^",
        "+", "-", "*", "/", "\\", "^", "<", ">", "&", "|", ":", "="};

    private final String file;
    private final String src;
    private final int len;
    private int pos;
    private int line = 1;
    private int col = 1;
    private final Deque<Ctx> ctx = new ArrayDeque<>();
    private LexToken prev;
    private boolean atStatementStart = true;
    private boolean afterAnonParams;
    private boolean afterDot;
    private final ArrayDeque<LexToken> pending = new ArrayDeque<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    // command-syntax support: names known to be variables in the current function
    private Set<String> variables = new HashSet<>();
    private final List<LexToken> statement = new ArrayList<>();
    private boolean inFunctionHeader;
    private boolean inDeclaration;
    /** Between a function's header and its first statement, where 'arguments' opens a validation block. */
    private boolean argumentsAllowed;
    /** Inside an {@code arguments ... end} block. */
    private boolean inArguments;

    /**
     * Blocks open inside a classdef (1: its body, 2: a properties, methods, events or
     * enumeration block, more: blocks of a method); -1 outside a classdef. At levels 1 and 2
     * the member keywords are keywords and no line is in command syntax
     * ({@code Name (1,1) double} declares a property).
     */
    private int classDepth = -1;

    private static final Map<String, Integer> MEMBER_BLOCKS = Map.of(
        "properties", MatlabParserConstants.PROPERTIES, "methods", MatlabParserConstants.METHODS,
        "events", MatlabParserConstants.EVENTS, "enumeration", MatlabParserConstants.ENUMERATION);

    public MatlabLexer(String file, String source) {
        super(new SimpleCharStream(new java.io.StringReader("")));
        this.file = file;
        this.src = source;
        this.len = source.length();
        ctx.push(new Ctx(Kind.BLOCK, false));
    }

    private boolean unclosedAtEof;

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** Whether a lexical error was already reported on this line (the parser then stays quiet). */
    boolean reportedOnLine(int line) {
        for (Diagnostic d : diagnostics) {
            if (d.line() == line) {
                return true;
            }
        }
        return false;
    }

    boolean unclosedAtEof() {
        return unclosedAtEof;
    }

    /** Source text from the start of one token to the end of another. */
    String text(Token from, Token to) {
        if (from instanceof LexToken a && to instanceof LexToken b && b.endOffset >= a.startOffset) {
            return src.substring(a.startOffset, b.endOffset);
        }
        return "";
    }

    /** Whether a semicolon token separates statements (not a row separator in a matrix). */
    boolean isStatementLevel(Token t) {
        return true;
    }

    @Override
    public Token getNextToken() {
        LexToken t = pending.isEmpty() ? scan() : pending.poll();
        track(t);
        prev = t;
        return t;
    }

    // ------------------------------------------------------------------ statement tracking

    private boolean blockTop() {
        return ctx.peek().kind == Kind.BLOCK;
    }

    private void track(LexToken t) {
        int k = t.kind;
        boolean top = blockTop();
        if (k == MatlabParserConstants.NEWLINE || (top && (k == MatlabParserConstants.SEMI
            || k == MatlabParserConstants.COMMA)) || k == MatlabParserConstants.EOF) {
            if (inFunctionHeader) {
                finishFunctionHeader();
            }
            statement.clear();
            inDeclaration = false;
            return;
        }
        if (statement.isEmpty()) {
            if (inArguments && k == MatlabParserConstants.END) {
                inArguments = false;
            } else if (!inArguments && k != MatlabParserConstants.ARGUMENTS) {
                argumentsAllowed = false;
            }
            if (k == MatlabParserConstants.FUNCTION) {
                variables = new HashSet<>();
                inFunctionHeader = true;
            }
            if (k == MatlabParserConstants.GLOBAL || k == MatlabParserConstants.PERSISTENT) {
                inDeclaration = true;
            }
        }
        statement.add(t);
        if (inDeclaration && k == MatlabParserConstants.IDENT) {
            variables.add(t.image);
        }
        if (k == MatlabParserConstants.ASSIGN && top && !inFunctionHeader) {
            noteAssignmentTargets();
        }
        if (k == MatlabParserConstants.CATCH) {
            catchPending = true;
        } else if (catchPending) {
            if (k == MatlabParserConstants.IDENT) {
                variables.add(t.image);
            }
            catchPending = false;
        }
    }

    private boolean catchPending;

    private void noteAssignmentTargets() {
        LexToken first = statement.get(0);
        if (first.kind == MatlabParserConstants.IDENT) {
            variables.add(first.image);
        } else if ((first.kind == MatlabParserConstants.FOR || first.kind == MatlabParserConstants.PARFOR)
            && statement.size() > 1) {
            LexToken v = statement.get(1);
            if (v.kind == MatlabParserConstants.LPAREN && statement.size() > 2) {
                v = statement.get(2);
            }
            if (v.kind == MatlabParserConstants.IDENT) {
                variables.add(v.image);
            }
        } else if (first.kind == MatlabParserConstants.LBRACKET) {
            for (int i = 1; i < statement.size(); i++) {
                LexToken t = statement.get(i);
                LexToken before = statement.get(i - 1);
                if (t.kind == MatlabParserConstants.IDENT && (before.kind == MatlabParserConstants.LBRACKET
                    || before.kind == MatlabParserConstants.COMMA)) {
                    variables.add(t.image);
                }
            }
        }
    }

    private void finishFunctionHeader() {
        inFunctionHeader = false;
        argumentsAllowed = true;
        int nameIndex = -1;
        int assign = -1;
        for (int i = 0; i < statement.size(); i++) {
            if (statement.get(i).kind == MatlabParserConstants.ASSIGN) {
                assign = i;
                break;
            }
        }
        for (int i = assign + 1; i < statement.size(); i++) {
            if (statement.get(i).kind == MatlabParserConstants.IDENT && !statement.get(i).image.equals("async")) {
                nameIndex = i;
                break;
            }
        }
        for (int i = 0; i < statement.size(); i++) {
            LexToken t = statement.get(i);
            if (t.kind == MatlabParserConstants.IDENT && i != nameIndex && !t.image.equals("async")) {
                variables.add(t.image);
            }
        }
    }

    // ------------------------------------------------------------------ scanning

    private char peek(int k) {
        int p = pos + k;
        return p < len ? src.charAt(p) : '\0';
    }

    private void advance() {
        char c = src.charAt(pos++);
        if (c == '\n') {
            line++;
            col = 1;
        } else {
            col++;
        }
    }

    private LexToken make(int kind, String image, int startPos, int startLine, int startCol, boolean space) {
        LexToken t = new LexToken(kind, image, startPos, pos, space);
        t.beginLine = startLine;
        t.beginColumn = startCol;
        t.endLine = line;
        t.endColumn = Math.max(1, col - 1);
        return t;
    }

    private void error(int atLine, int atCol, String message) {
        diagnostics.add(Diagnostic.error(file, atLine, atCol, message));
    }

    /** MATLAB names are ASCII: a letter, then letters, digits and underscores. */
    private static boolean identStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean identPart(char c) {
        return identStart(c) || isDigit(c) || c == '_';
    }

    /** Only ASCII digits make numbers (Character.isDigit takes other scripts' digits too). */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(char c) {
        return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private boolean lineIsOnly(int start, String marker) {
        // the text of the current line, trimmed, equals marker
        int ls = start;
        while (ls > 0 && src.charAt(ls - 1) != '\n') {
            ls--;
        }
        int le = start;
        while (le < len && src.charAt(le) != '\n') {
            le++;
        }
        String l = src.substring(ls, le).strip();
        return l.equals(marker);
    }

    /** Skips blanks, comments, block comments and continuations; returns whether any were skipped. */
    private boolean skipTrivia() {
        boolean any = false;
        while (pos < len) {
            char c = src.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\f') {
                advance();
                any = true;
            } else if (c == '\r' && peek(1) == '\n') {
                pos++; // treat CRLF as LF; keep columns
            } else if (c == '.' && peek(1) == '.' && peek(2) == '.') {
                // continuation: rest of line is a comment, next line joins this one
                while (pos < len && src.charAt(pos) != '\n') {
                    advance();
                }
                if (pos < len) {
                    advance();
                }
                any = true;
            } else if ((c == '%' || c == '#') && (peek(1) == '{') && lineIsOnly(pos, c + "{")) {
                skipBlockComment(c);
                any = true;
            } else if (c == '%' || (c == '#' && !inMatrix())) {
                while (pos < len && src.charAt(pos) != '\n') {
                    advance();
                }
                any = true;
            } else {
                break;
            }
        }
        return any;
    }

    private void skipBlockComment(char marker) {
        int startLine = line;
        int startCol = col;
        int depth = 0;
        while (pos < len) {
            int ls = pos;
            int le = pos;
            while (le < len && src.charAt(le) != '\n') {
                le++;
            }
            String l = src.substring(ls, le).strip();
            if (l.equals(marker + "{")) {
                depth++;
            } else if (l.equals(marker + "}")) {
                depth--;
            }
            while (pos < le) {
                advance();
            }
            if (depth == 0) {
                return; // the newline after %} stays a statement separator
            }
            if (pos < len) {
                advance();
            }
        }
        error(startLine, startCol, "block comment is not terminated; a line holding only %} is missing");
    }

    private boolean inMatrix() {
        Kind k = ctx.peek().kind;
        return k == Kind.BRACKET || k == Kind.BRACE;
    }

    private boolean prevEndsValue() {
        if (prev == null) {
            return false;
        }
        switch (prev.kind) {
            case MatlabParserConstants.IDENT:
            case MatlabParserConstants.NUMBER:
            case MatlabParserConstants.STRING:
            case MatlabParserConstants.DQSTRING:
            case MatlabParserConstants.RPAREN:
            case MatlabParserConstants.RBRACKET:
            case MatlabParserConstants.RBRACE:
            case MatlabParserConstants.TRANSPOSE:
            case MatlabParserConstants.DOTTRANSPOSE:
            case MatlabParserConstants.END_INDEX:
                return true;
            case MatlabParserConstants.END:
                return false;
            default:
                return false;
        }
    }

    /** Whether the text at pos begins a new element (used after whitespace inside brackets). */
    private boolean startsValue() {
        char c = peek(0);
        char d = peek(1);
        if (identStart(c) || isDigit(c) || c == '\'' || c == '"' || c == '(' || c == '['
            || c == '{' || c == '@') {
            return true;
        }
        if (c == '.' && isDigit(d)) {
            return true;
        }
        if ((c == '~' || c == '!') && d != '=') {
            return true;
        }
        if ((c == '+' || c == '-') && d != ' ' && d != '\t' && d != '=' && d != '\n' && d != '\r' && d != '+'
            && d != '-') {
            return true;
        }
        return false;
    }

    private LexToken scan() {
        while (true) {
            boolean space = skipTrivia();
            int startPos = pos;
            int sl = line;
            int sc = col;
            if (pos >= len) {
                LexToken eof = make(MatlabParserConstants.EOF, "<EOF>", pos, sl, sc, space);
                while (ctx.size() > 1) {
                    Ctx open = ctx.pop();
                    error(open.line, open.col, open.doBlock ? "'do' block is missing its 'end'"
                        : "'" + open.opener + "' is not closed");
                    unclosedAtEof = true;
                }
                return eof;
            }
            char c = src.charAt(pos);
            Ctx top = ctx.peek();
            if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    pos++;
                    if (peek(0) == '\n') {
                        advance();
                    }
                    line++;
                    col = 1;
                } else {
                    advance();
                }
                afterAnonParams = false;
                if (top.kind == Kind.PAREN) {
                    // a newline cannot continue a parenthesized expression (that needs '...')
                    while (ctx.peek().kind == Kind.PAREN) {
                        Ctx open = ctx.pop();
                        error(open.line, open.col, "'(' is not closed on its line");
                    }
                    top = ctx.peek();
                    if (top.kind == Kind.BLOCK) {
                        atStatementStart = true;
                    }
                }
                if (top.kind == Kind.BLOCK) {
                    atStatementStart = true;
                    if (prev != null && prev.kind == MatlabParserConstants.NEWLINE) {
                        continue;
                    }
                }
                return make(MatlabParserConstants.NEWLINE, "\n", startPos, sl, sc, space);
            }
            boolean anonBodyNext = afterAnonParams
                || (prev != null && prev.kind == MatlabParserConstants.IDENT && prev.image.equals("async") && c == '@');
            if (space && inMatrix() && prevEndsValue() && startsValue() && !anonBodyNext) {
                LexToken comma = make(MatlabParserConstants.COMMA, ",", pos, sl, sc, false);
                return comma;
            }
            boolean stmtStart = atStatementStart && top.kind == Kind.BLOCK;
            atStatementStart = false;
            boolean wasAfterAnon = afterAnonParams;
            afterAnonParams = false;
            boolean wasAfterDot = afterDot;
            afterDot = false;
            if (identStart(c)) {
                return identifier(startPos, sl, sc, space, stmtStart, wasAfterAnon, wasAfterDot);
            }
            if (isDigit(c) || (c == '.' && isDigit(peek(1)))) {
                return number(startPos, sl, sc, space);
            }
            if (c == '"') {
                return doubleQuoted(startPos, sl, sc, space);
            }
            if (c == '\'') {
                boolean transpose = prevEndsValue() && !(space && inMatrix()) && !(space && stmtStart) && !wasAfterAnon;
                if (transpose && !space) {
                    advance();
                    return make(MatlabParserConstants.TRANSPOSE, "'", startPos, sl, sc, space);
                }
                if (transpose && !inMatrix()) {
                    advance();
                    return make(MatlabParserConstants.TRANSPOSE, "'", startPos, sl, sc, space);
                }
                return charLiteral(startPos, sl, sc, space);
            }
            return operator(c, startPos, sl, sc, space, stmtStart);
        }
    }

    private LexToken identifier(int startPos, int sl, int sc, boolean space, boolean stmtStart, boolean afterAnon,
                                boolean afterDotTok) {
        int p = pos;
        while (p < len && identPart(src.charAt(p))) {
            p++;
        }
        String word = src.substring(pos, p);
        Ctx top = ctx.peek();
        if (afterDotTok) {
            while (pos < p) {
                advance();
            }
            return make(MatlabParserConstants.IDENT, word, startPos, sl, sc, space);
        }
        if (afterAnon && word.equals("do")) {
            while (pos < p) {
                advance();
            }
            ctx.push(new Ctx(Kind.BLOCK, true).at(sl, sc, "do"));
            atStatementStart = true;
            return make(MatlabParserConstants.DO, word, startPos, sl, sc, space);
        }
        if (stmtStart && argumentsAllowed && !inArguments && word.equals("arguments") && !variables.contains(word)
            && !assignedHere(p)) {
            while (pos < p) {
                advance();
            }
            inArguments = true;
            if (classDepth > 0) {
                classDepth++; // its 'end' closes it, not the method
            }
            return make(MatlabParserConstants.ARGUMENTS, word, startPos, sl, sc, space);
        }
        Integer member = classDepth == 1 && stmtStart ? MEMBER_BLOCKS.get(word) : null;
        if (member != null) {
            while (pos < p) {
                advance();
            }
            classDepth = 2;
            return make(member, word, startPos, sl, sc, space);
        }
        Integer kw = inFunctionHeader && word.equals("end") ? null : KEYWORDS.get(word); // function e = end(obj, k, n)
        if (kw != null) {
            while (pos < p) {
                advance();
            }
            if (top.kind == Kind.BLOCK && !top.doBlock) {
                countClassBlocks(kw, stmtStart);
            }
            if (kw == MatlabParserConstants.END) {
                if (top.kind != Kind.BLOCK) {
                    return make(MatlabParserConstants.END_INDEX, word, startPos, sl, sc, space);
                }
                if (top.doBlock) {
                    if (top.depth == 0) {
                        ctx.pop();
                    } else {
                        top.depth--;
                    }
                }
                return make(MatlabParserConstants.END, word, startPos, sl, sc, space);
            }
            if (top.kind == Kind.BLOCK && top.doBlock && BLOCK_OPENERS.contains(kw)) {
                top.depth++;
            }
            if (kw == MatlabParserConstants.ELSE || kw == MatlabParserConstants.TRY
                || kw == MatlabParserConstants.OTHERWISE) {
                atStatementStart = true;
            }
            return make(kw, word, startPos, sl, sc, space);
        }
        if (stmtStart && (classDepth < 1 || classDepth > 2) && !inArguments && isCommand(word, p)) {
            while (pos < p) {
                advance();
            }
            LexToken cmd = make(MatlabParserConstants.COMMAND_WORD, word, startPos, sl, sc, space);
            commandArguments();
            return cmd;
        }
        while (pos < p) {
            advance();
        }
        return make(MatlabParserConstants.IDENT, word, startPos, sl, sc, space);
    }

    /** The word ending at {@code after} is the target of a plain assignment ({@code arguments = 3}). */
    private boolean assignedHere(int after) {
        int q = after;
        while (q < len && (src.charAt(q) == ' ' || src.charAt(q) == '\t')) {
            q++;
        }
        return q < len && src.charAt(q) == '=' && (q + 1 >= len || src.charAt(q + 1) != '=');
    }

    /** Follows the blocks of a classdef, so that its member keywords and declarations are lexed as such. */
    private void countClassBlocks(int kw, boolean stmtStart) {
        if (kw == MatlabParserConstants.CLASSDEF && stmtStart && classDepth < 0) {
            classDepth = 1;
        } else if (classDepth > 0 && BLOCK_OPENERS.contains(kw)) {
            classDepth++;
        } else if (classDepth > 0 && kw == MatlabParserConstants.END) {
            classDepth--;
            if (classDepth == 0) {
                classDepth = -1;
            }
        }
    }

    private boolean isCommand(String word, int after) {
        if (variables.contains(word)) {
            return false;
        }
        if (after >= len || (src.charAt(after) != ' ' && src.charAt(after) != '\t')) {
            return false;
        }
        int p = after;
        while (p < len && (src.charAt(p) == ' ' || src.charAt(p) == '\t')) {
            p++;
        }
        if (p >= len) {
            return false;
        }
        char c = src.charAt(p);
        if (c == '\n' || c == '\r' || c == ';' || c == ',' || c == '%' || c == '#') {
            return false;
        }
        if (c == '(') {
            return false;
        }
        if (c == '.' && p + 2 < len && src.startsWith("...", p)) {
            return false;
        }
        if (word.equals("async") && (c == '@' || src.startsWith("function", p))) {
            return false;
        }
        if (c == '=' && (p + 1 >= len || src.charAt(p + 1) != '=')) {
            return false;
        }
        for (String op : BINARY_OPS) {
            if (src.startsWith(op, p)) {
                int q = p + op.length();
                if (q >= len) {
                    return false;
                }
                char n = src.charAt(q);
                return !(n == ' ' || n == '\t' || n == '\n' || n == '\r');
            }
        }
        return true;
    }

    /** Reads the words of a command-syntax statement up to its end (newline, ; or , outside quotes). */
    private void commandArguments() {
        while (true) {
            while (pos < len && (src.charAt(pos) == ' ' || src.charAt(pos) == '\t')) {
                advance();
            }
            if (pos >= len) {
                return;
            }
            char c = src.charAt(pos);
            if (c == '\n' || c == '\r' || c == ';' || c == ',' || c == '%') {
                return;
            }
            int startPos = pos;
            int sl = line;
            int sc = col;
            StringBuilder sb = new StringBuilder();
            while (pos < len) {
                char d = src.charAt(pos);
                if (d == ' ' || d == '\t' || d == '\n' || d == '\r' || d == ';' || d == ',') {
                    break;
                }
                if (d == '\'') {
                    advance();
                    boolean closed = false;
                    while (pos < len && src.charAt(pos) != '\n') {
                        char e = src.charAt(pos);
                        if (e == '\'') {
                            if (peek(1) == '\'') {
                                sb.append('\'');
                                advance();
                                advance();
                                continue;
                            }
                            advance();
                            closed = true;
                            break;
                        }
                        sb.append(e);
                        advance();
                    }
                    if (!closed) {
                        error(sl, sc, "character vector is not terminated properly");
                    }
                    continue;
                }
                sb.append(d);
                advance();
            }
            pending.add(make(MatlabParserConstants.COMMAND_ARG, sb.toString(), startPos, sl, sc, true));
        }
    }

    private LexToken number(int startPos, int sl, int sc, boolean space) {
        boolean hex = peek(0) == '0' && (peek(1) == 'x' || peek(1) == 'X');
        boolean bin = peek(0) == '0' && (peek(1) == 'b' || peek(1) == 'B') && (peek(2) == '0' || peek(2) == '1');
        if (hex || bin) {
            // R2019b integer literals: 0x1F, 0b101, with an optional u8..u64 / s8..s64 suffix
            advance();
            advance();
            while (pos < len && (hex ? isHexDigit(src.charAt(pos)) : src.charAt(pos) == '0' || src.charAt(pos) == '1')) {
                advance();
            }
            int digits = pos - startPos - 2;
            if (digits == 0 || digits > (hex ? 16 : 64)) {
                return invalidNumber(startPos, sl, sc, space); // no digits, or more than 64 bits
            }
            if (peek(0) == 'u' || peek(0) == 's' || peek(0) == 'U' || peek(0) == 'S') {
                int q = pos + 1;
                while (q < len && isDigit(src.charAt(q))) {
                    q++;
                }
                String size = src.substring(pos + 1, q);
                if (!(size.isEmpty() || size.equals("8") || size.equals("16") || size.equals("32") || size.equals("64"))) {
                    return invalidNumber(startPos, sl, sc, space);
                }
                while (pos < q) {
                    advance();
                }
            }
            if (pos < len && identPart(src.charAt(pos))) {
                return invalidNumber(startPos, sl, sc, space);
            }
            return make(MatlabParserConstants.NUMBER, src.substring(startPos, pos), startPos, sl, sc, space);
        }
        while (pos < len && isDigit(src.charAt(pos))) {
            advance();
        }
        if (peek(0) == '.' && !(peek(1) == '*' || peek(1) == '/' || peek(1) == '\\' || peek(1) == '^'
            || peek(1) == '\'' || (peek(1) == '.' && peek(2) == '.'))) {
            advance();
            while (pos < len && isDigit(src.charAt(pos))) {
                advance();
            }
        }
        char e = peek(0);
        if ((e == 'e' || e == 'E' || e == 'd' || e == 'D')
            && (isDigit(peek(1)) || ((peek(1) == '+' || peek(1) == '-') && isDigit(peek(2))))) {
            advance();
            if (peek(0) == '+' || peek(0) == '-') {
                advance();
            }
            while (pos < len && isDigit(src.charAt(pos))) {
                advance();
            }
        }
        char s = peek(0);
        if ((s == 'i' || s == 'j' || s == 'I' || s == 'J') && !identPart(peek(1))) {
            advance();
        }
        if (pos < len && identPart(src.charAt(pos)) && !inMatrix()) {
            return invalidNumber(startPos, sl, sc, space); // "2x" is not a number followed by a name in MATLAB
        }
        return make(MatlabParserConstants.NUMBER, src.substring(startPos, pos), startPos, sl, sc, space);
    }

    /** Reports the number starting at startPos, with the name characters glued to it, as one bad token. */
    private LexToken invalidNumber(int startPos, int sl, int sc, boolean space) {
        int p = pos;
        while (p < len && identPart(src.charAt(p))) {
            p++;
        }
        error(sl, sc, "invalid number '" + src.substring(startPos, p) + "'");
        while (pos < p) {
            advance();
        }
        return make(MatlabParserConstants.ERROR, src.substring(startPos, pos), startPos, sl, sc, space);
    }

    private LexToken charLiteral(int startPos, int sl, int sc, boolean space) {
        advance();
        StringBuilder sb = new StringBuilder();
        while (pos < len) {
            char c = src.charAt(pos);
            if (c == '\n' || c == '\r') {
                break;
            }
            if (c == '\'') {
                if (peek(1) == '\'') {
                    sb.append('\'');
                    advance();
                    advance();
                    continue;
                }
                advance();
                return make(MatlabParserConstants.STRING, sb.toString(), startPos, sl, sc, space);
            }
            sb.append(c);
            advance();
        }
        error(sl, sc, "character vector is not terminated properly");
        return make(MatlabParserConstants.ERROR, "'", startPos, sl, sc, space);
    }

    private LexToken doubleQuoted(int startPos, int sl, int sc, boolean space) {
        advance();
        StringBuilder sb = new StringBuilder();
        while (pos < len) {
            char c = src.charAt(pos);
            if (c == '\n' || c == '\r') {
                break;
            }
            if (c == '"') {
                if (peek(1) == '"') {
                    sb.append('"');
                    advance();
                    advance();
                    continue;
                }
                advance();
                return make(MatlabParserConstants.DQSTRING, sb.toString(), startPos, sl, sc, space);
            }
            sb.append(c);
            advance();
        }
        error(sl, sc, "string is not terminated properly");
        return make(MatlabParserConstants.ERROR, "\"", startPos, sl, sc, space);
    }

    private LexToken operator(char c, int startPos, int sl, int sc, boolean space, boolean stmtStart) {
        char d = peek(1);
        int kind;
        int n = 1;
        switch (c) {
            case ';':
                kind = MatlabParserConstants.SEMI;
                if (blockTop()) {
                    atStatementStart = true;
                }
                break;
            case ',':
                kind = MatlabParserConstants.COMMA;
                if (blockTop()) {
                    atStatementStart = true;
                }
                break;
            case '(':
                kind = MatlabParserConstants.LPAREN;
                Ctx p = new Ctx(Kind.PAREN, false).at(sl, sc, "(");
                p.anonParams = prev != null && prev.kind == MatlabParserConstants.AT;
                ctx.push(p);
                break;
            case ')':
                kind = MatlabParserConstants.RPAREN;
                if (ctx.peek().kind == Kind.PAREN) {
                    Ctx closed = ctx.pop();
                    afterAnonParams = closed.anonParams;
                } else {
                    error(sl, sc, "unbalanced ')'");
                }
                break;
            case '[':
                kind = MatlabParserConstants.LBRACKET;
                ctx.push(new Ctx(Kind.BRACKET, false).at(sl, sc, "["));
                break;
            case ']':
                kind = MatlabParserConstants.RBRACKET;
                if (ctx.peek().kind == Kind.BRACKET) {
                    ctx.pop();
                } else {
                    error(sl, sc, "unbalanced ']'");
                }
                break;
            case '{':
                kind = MatlabParserConstants.LBRACE;
                ctx.push(new Ctx(Kind.BRACE, false).at(sl, sc, "{"));
                break;
            case '}':
                kind = MatlabParserConstants.RBRACE;
                if (ctx.peek().kind == Kind.BRACE) {
                    ctx.pop();
                } else {
                    error(sl, sc, "unbalanced '}'");
                }
                break;
            case '+':
                kind = MatlabParserConstants.PLUS;
                break;
            case '-':
                kind = MatlabParserConstants.MINUS;
                break;
            case '*':
                kind = MatlabParserConstants.STAR;
                break;
            case '/':
                kind = MatlabParserConstants.SLASH;
                break;
            case '\\':
                kind = MatlabParserConstants.BACKSLASH;
                break;
            case '^':
                kind = MatlabParserConstants.CARET;
                break;
            case '.':
                if (d == '*') {
                    kind = MatlabParserConstants.DOTSTAR;
                    n = 2;
                } else if (d == '/') {
                    kind = MatlabParserConstants.DOTSLASH;
                    n = 2;
                } else if (d == '\\') {
                    kind = MatlabParserConstants.DOTBACKSLASH;
                    n = 2;
                } else if (d == '^') {
                    kind = MatlabParserConstants.DOTCARET;
                    n = 2;
                } else if (d == '\'') {
                    kind = MatlabParserConstants.DOTTRANSPOSE;
                    n = 2;
                } else {
                    kind = MatlabParserConstants.DOT;
                    afterDot = true;
                }
                break;
            case '=':
                if (d == '=') {
                    kind = MatlabParserConstants.EQ;
                    n = 2;
                } else {
                    kind = MatlabParserConstants.ASSIGN;
                }
                break;
            case '~':
            case '!':
                if (d == '=') {
                    kind = MatlabParserConstants.NE;
                    n = 2;
                } else {
                    kind = MatlabParserConstants.NOT;
                }
                break;
            case '<':
                if (d == '=') {
                    kind = MatlabParserConstants.LE;
                    n = 2;
                } else {
                    kind = MatlabParserConstants.LT;
                }
                break;
            case '>':
                if (d == '=') {
                    kind = MatlabParserConstants.GE;
                    n = 2;
                } else {
                    kind = MatlabParserConstants.GT;
                }
                break;
            case '&':
                if (d == '&') {
                    kind = MatlabParserConstants.ANDAND;
                    n = 2;
                } else {
                    kind = MatlabParserConstants.AND;
                }
                break;
            case '|':
                if (d == '|') {
                    kind = MatlabParserConstants.OROR;
                    n = 2;
                } else {
                    kind = MatlabParserConstants.OR;
                }
                break;
            case ':':
                kind = MatlabParserConstants.COLON;
                break;
            case '@':
                kind = MatlabParserConstants.AT;
                break;
            case '?':
                kind = MatlabParserConstants.QUESTION;
                break;
            default:
                advance();
                error(sl, sc, "invalid character '" + c + "'");
                return make(MatlabParserConstants.ERROR, String.valueOf(c), startPos, sl, sc, space);
        }
        for (int i = 0; i < n; i++) {
            advance();
        }
        return make(kind, src.substring(startPos, pos), startPos, sl, sc, space);
    }
}
