package mjc.compiler.frontend;

public class ParseSmoke {
    public static void main(String[] args) throws Exception {
        String src = new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(args[0])));
        Frontend.Result r = Frontend.parse(args[0], "x", src);
        for (Diagnostic d : r.diagnostics()) {
            System.out.print(d.render(src));
        }
        System.out.println("ok=" + r.ok() + " script=" + (r.file() == null ? null : r.file().script.size())
            + " functions=" + (r.file() == null ? null : r.file().functions.size()));
    }
}
