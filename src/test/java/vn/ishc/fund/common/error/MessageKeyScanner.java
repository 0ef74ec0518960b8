package vn.ishc.fund.common.error;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the message keys Java source uses: the arguments of the calls that take a key (a rule, an
 * entity, a problem code) and every literal that is a key itself. An argument that is not a string
 * literal (or a choice between literals) is reported as dynamic: its keys cannot be read off the source.
 */
final class MessageKeyScanner {

    /** A call whose argument {@code index} (0-based) is a key, turned into texts by {@code templates}. */
    record KeyCall(String call, int index, int minArgs, String... templates) {
        Pattern pattern() {
            String p = Pattern.quote(call).replace(" ", "\\E\\s+\\Q");
            return Pattern.compile((Character.isJavaIdentifierStart(call.charAt(0)) ? "(?<![\\w.])" : "") + p + "\\s*\\(");
        }
    }

    static final String[] PROBLEM = {"problem.%s.title", "problem.%s.detail"};

    static final List<KeyCall> CALLS = List.of(
            new KeyCall("ApiException.invalid", 1, 2, "rule.%s"),
            new KeyCall("ApiException.rule", 1, 2, "rule.%s"),
            new KeyCall("ApiException.conflict", 1, 2, "rule.%s"),
            new KeyCall("ApiException.forbidden", 0, 1, "rule.%s"),
            new KeyCall("ApiException.notFound", 0, 1, "entity.%s"),
            new KeyCall("ApiException.tooMany", 0, 1, PROBLEM),
            new KeyCall("new ApiException", 1, 2, PROBLEM),
            new KeyCall("new ApiException.FieldError", 1, 2, "rule.%s"),
            new KeyCall("new FieldError", 1, 2, "rule.%s"),
            new KeyCall("ProblemResponses.of", 2, 3, PROBLEM),
            new KeyCall("ProblemResponses.problem", 3, 5, PROBLEM),
            new KeyCall("new JsonRuleException", 2, 3, "rule.%s"),
            new KeyCall("new LoanRuleException", 0, 1, "rule.%s"),
            // LoanBook passes the rule of a date before the disbursement through this helper
            new KeyCall("requireOpen", 1, 2, "rule.%s"),
            // the club intake: a cell's problem (CellReader.flag) and a file's or sheet's (Issue.ofFile / ofSheet)
            new KeyCall("flag", 1, 2, "rule.%s"),
            new KeyCall(".flag", 1, 2, "rule.%s"),
            new KeyCall("Issue.ofFile", 0, 1, "rule.%s"),
            new KeyCall("Issue.ofSheet", 1, 2, "rule.%s"),
            new KeyCall("new Messages.Key", 0, 1, "%s"),
            new KeyCall("Messages.text", 1, 2, "%s"));

    private static final Pattern KEY_LITERAL = Pattern.compile("(rule|entity|problem|scope)\\.[A-Za-z0-9._-]*[A-Za-z0-9]");
    private static final Pattern DECLARATION = Pattern.compile("(final\\s+)?[\\w.<>\\[\\]?]+(\\.\\.\\.)?\\s+\\w+");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** A key the source uses, where. */
    record Use(String key, String file, int line) {
    }

    /** An argument whose keys the source does not show. */
    record Dynamic(String file, int line, String call, String expression) {
    }

    final List<Use> uses = new ArrayList<>();
    final List<Dynamic> dynamics = new ArrayList<>();

    void scan(String file, String source) {
        String code = withoutComments(source);
        for (KeyCall call : CALLS) {
            Matcher m = call.pattern().matcher(code);
            while (m.find()) {
                List<String> args = arguments(code, m.end());
                if (args.size() < call.minArgs() || args.size() <= call.index()) {
                    continue;
                }
                String arg = args.get(call.index()).strip();
                if (DECLARATION.matcher(arg).matches()) {
                    continue; // the method's own declaration: (LocalDate day, String rule)
                }
                int line = lineOf(code, m.start());
                List<String> literals = literalsIfOnlyLiterals(arg);
                if (literals == null) {
                    dynamics.add(new Dynamic(file, line, call.call(), arg.replaceAll("\\s+", " ")));
                    continue;
                }
                for (String literal : literals) {
                    for (String template : call.templates()) {
                        uses.add(new Use(template.formatted(literal), file, line));
                    }
                }
            }
        }
        Matcher s = STRING.matcher(code);
        while (s.find()) {
            if (KEY_LITERAL.matcher(s.group(1)).matches()) {
                uses.add(new Use(s.group(1), file, lineOf(code, s.start())));
            }
        }
    }

    /**
     * The literals of {@code "a"} or {@code cond ? "a" : "b"} (nested too); null when any branch is
     * something else ({@code rule}, {@code "scope." + role}).
     */
    static List<String> literalsIfOnlyLiterals(String expression) {
        String e = expression.strip();
        while (e.startsWith("(") && e.endsWith(")") && closes(e)) {
            e = e.substring(1, e.length() - 1).strip();
        }
        Matcher whole = STRING.matcher(e);
        if (whole.matches()) {
            return List.of(whole.group(1));
        }
        int q = topLevel(e, '?');
        if (q < 0) {
            return null;
        }
        int colon = topLevel(e.substring(q + 1), ':');
        if (colon < 0) {
            return null;
        }
        List<String> yes = literalsIfOnlyLiterals(e.substring(q + 1, q + 1 + colon));
        List<String> no = literalsIfOnlyLiterals(e.substring(q + 2 + colon));
        if (yes == null || no == null) {
            return null;
        }
        List<String> out = new ArrayList<>(yes);
        out.addAll(no);
        return out;
    }

    private static boolean closes(String e) {
        int depth = 0;
        for (int i = 0; i < e.length(); i++) {
            char c = e.charAt(i);
            if (c == '"') {
                i = endOfString(e, i);
                continue;
            }
            if (c == '(') depth++;
            if (c == ')' && --depth == 0 && i < e.length() - 1) return false;
        }
        return true;
    }

    private static int topLevel(String e, char wanted) {
        int depth = 0;
        for (int i = 0; i < e.length(); i++) {
            char c = e.charAt(i);
            if (c == '"') {
                i = endOfString(e, i);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == wanted && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The top-level arguments of a call whose opening parenthesis ends just before {@code start}. */
    static List<String> arguments(String code, int start) {
        List<String> args = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (int i = start; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                int end = c == '"' ? endOfString(code, i) : endOfChar(code, i);
                current.append(code, i, end + 1);
                i = end;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    if (!current.toString().isBlank() || !args.isEmpty()) {
                        args.add(current.toString());
                    }
                    return args;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                args.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        return args;
    }

    private static int endOfString(String s, int open) {
        for (int i = open + 1; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.charAt(i) == '"') {
                return i;
            }
        }
        return s.length() - 1;
    }

    private static int endOfChar(String s, int open) {
        for (int i = open + 1; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.charAt(i) == '\'') {
                return i;
            }
        }
        return s.length() - 1;
    }

    /** The source with comments blanked out (newlines kept, so line numbers stay right). */
    static String withoutComments(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'') {
                int end = c == '"' ? endOfString(s, i) : endOfChar(s, i);
                out.append(s, i, end + 1);
                i = end;
            } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '/') {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
                out.append('\n');
            } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? s.length() - 2 : end;
                for (int j = i; j < end + 2; j++) {
                    out.append(s.charAt(j) == '\n' ? '\n' : ' ');
                }
                i = end + 1;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int lineOf(String code, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (code.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
