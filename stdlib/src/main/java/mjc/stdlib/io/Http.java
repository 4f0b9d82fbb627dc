package mjc.stdlib.io;

import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import mjc.runtime.error.Errors;
import mjc.runtime.error.MatlabError;
import mjc.runtime.task.Async;
import mjc.runtime.task.Executor;
import mjc.runtime.task.IoCoroutine;
import mjc.runtime.task.Task;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.IntArray;
import mjc.runtime.value.MClass;
import mjc.runtime.value.StructArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;
import mjc.stdlib.json.Json;

/**
 * webread, weboptions and fetch on java.net.http's asynchronous client. webread keeps MATLAB's
 * synchronous signature and suspends only its task (SPEC §4 rule 8); fetch returns a lazy task.
 * Cancelling the task cancels the request's future, which aborts the exchange.
 */
public final class Http {
    private static final Map<Long, HttpClient> CLIENTS = new ConcurrentHashMap<>();
    private static final List<String> OPTION_NAMES = List.of("CharacterEncoding", "UserAgent", "Timeout", "Username",
        "Password", "KeyName", "KeyValue", "ContentType", "ContentReader", "MediaType", "RequestMethod", "ArrayFormat",
        "HeaderFields", "CertificateFilename");

    private Http() {
    }

    /** One client per connect timeout (clients pool their connections). */
    private static HttpClient client(double timeoutSeconds) {
        long ms = Double.isInfinite(timeoutSeconds) ? 0 : (long) (timeoutSeconds * 1000);
        return CLIENTS.computeIfAbsent(ms, k -> {
            HttpClient.Builder b = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL);
            if (k > 0) {
                b.connectTimeout(Duration.ofMillis(k));
            }
            return b.build();
        });
    }

    // ------------------------------------------------------------------ weboptions

    @Builtin("weboptions")
    public static Value[] weboptions(Value[] args, int nargout) {
        if (args.length % 2 != 0) {
            throw Errors.of("MATLAB:webservices:InvalidOptions", "Options must be given as name-value pairs.");
        }
        Value[] vals = {CharArray.of("auto"), CharArray.of("MATLAB WebServices"), DoubleArray.scalar(5), text(""),
            text(""), text(""), text(""), CharArray.of("auto"), DoubleArray.empty(), CharArray.of("auto"),
            CharArray.of("auto"), CharArray.of("csv"), new CellArray(Dims.of(0, 0), new Value[0]), CharArray.of("default")};
        for (int i = 0; i < args.length; i += 2) {
            String name = Args.text(args[i], "weboptions");
            int k = -1;
            for (int j = 0; j < OPTION_NAMES.size(); j++) {
                if (OPTION_NAMES.get(j).equalsIgnoreCase(name)) {
                    k = j;
                }
            }
            if (k < 0) {
                throw Errors.of("MATLAB:webservices:UnknownOption", "'" + name + "' is not a weboptions property.");
            }
            Value v = args[i + 1];
            if (OPTION_NAMES.get(k).equals("Timeout")) {
                double t = Args.scalar(v, "weboptions");
                if (!(t > 0)) {
                    throw Errors.of("MATLAB:webservices:InvalidTimeout", "Timeout must be a positive number of seconds.");
                }
            }
            vals[k] = v.share();
        }
        return new Value[] {new StructArray(Dims.SCALAR, OPTION_NAMES, new Value[][] {vals})};
    }

    private static Value text(String s) {
        return new CharArray(new int[] {0, 0}, new char[0]);
    }

    /** The options of a request, read from a weboptions struct (or the defaults). */
    record Options(double timeout, String contentType, String userAgent, List<String[]> headers, String method) {
        static Options of(StructArray s) {
            double timeout = s == null ? 5 : Args.scalar(s.get(0, "Timeout"), "webread");
            String ct = s == null ? "auto" : Args.text(s.get(0, "ContentType"), "webread");
            String ua = s == null ? "MATLAB WebServices" : Args.text(s.get(0, "UserAgent"), "webread");
            String method = s == null ? "auto" : Args.text(s.get(0, "RequestMethod"), "webread");
            List<String[]> headers = new ArrayList<>();
            if (s != null && s.get(0, "HeaderFields") instanceof CellArray h && h.numel() > 0) {
                int rows = h.dims()[0];
                if (h.numel() != 2 * rows) {
                    throw Errors.of("MATLAB:webservices:InvalidHeaderFields",
                        "HeaderFields must be an m-by-2 cell array of names and values.");
                }
                for (int r = 0; r < rows; r++) {
                    headers.add(new String[] {Args.text(h.get(r), "weboptions"), Args.text(h.get(r + rows), "weboptions")});
                }
            }
            return new Options(timeout, ct.toLowerCase(), ua, headers, method);
        }
    }

    // ------------------------------------------------------------------ requests

    /** webread/fetch arguments: url, query name-value pairs, optional weboptions last. */
    private static Task requestTask(Value[] args, String fn) {
        Args.count(args, 1, Integer.MAX_VALUE);
        String url = Args.text(args[0], fn);
        int end = args.length;
        StructArray opts = null;
        if (end > 1 && args[end - 1] instanceof StructArray s && s.hasField("Timeout")) {
            opts = s;
            end--;
        }
        if ((end - 1) % 2 != 0) {
            throw Errors.of("MATLAB:webservices:InvalidQuery", "Query parameters must be name-value pairs.");
        }
        StringBuilder q = new StringBuilder();
        for (int i = 1; i < end; i += 2) {
            q.append(q.length() == 0 ? "" : "&").append(encode(Args.text(args[i], fn))).append('=')
                .append(encode(queryValue(args[i + 1], fn)));
        }
        if (q.length() > 0) {
            url = url + (url.contains("?") ? "&" : "?") + q;
        }
        return fetchTask(url, Options.of(opts));
    }

    private static String queryValue(Value v, String fn) {
        if (Args.isText(v)) {
            return Args.text(v, fn);
        }
        double d = Args.scalar(v, fn);
        return mjc.runtime.text.NumberText.shortG(d, 0, MClass.DOUBLE);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** For Java callers and tests: a fetch with default options but the given timeout (s). */
    public static Task fetchTask(String url, double timeoutSeconds) {
        Options d = Options.of(null);
        return fetchTask(url, new Options(timeoutSeconds, d.contentType(), d.userAgent(), d.headers(), d.method()));
    }

    /** A lazy task performing a GET of url and converting the body as webread does. */
    static Task fetchTask(String url, Options o) {
        URI uri;
        try {
            uri = new URI(url);
            if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                || uri.getHost() == null) {
                throw new URISyntaxException(url, "not an http or https URL");
            }
        } catch (URISyntaxException e) {
            throw Errors.of("MATLAB:webservices:InvalidURL", "The URL '" + url + "' is not valid: use http:// or https://.");
        }
        return Executor.current().newTask(new IoCoroutine<HttpResponse<byte[]>>() {
            @Override
            protected CompletableFuture<HttpResponse<byte[]>> start() {
                HttpRequest.Builder b = HttpRequest.newBuilder(uri).header("User-Agent", o.userAgent());
                if (!Double.isInfinite(o.timeout())) {
                    b.timeout(Duration.ofMillis((long) (o.timeout() * 1000)));
                }
                for (String[] h : o.headers()) {
                    b.header(h[0], h[1]);
                }
                b.GET();
                return client(o.timeout()).sendAsync(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            }

            @Override
            protected Value[] convert(HttpResponse<byte[]> r) {
                return new Value[] {body(url, r, o)};
            }

            @Override
            protected MatlabError failure(Throwable cause) {
                return requestError(url, cause, o);
            }

            @Override
            public String describe() {
                return "fetch " + url;
            }
        });
    }

    static Value body(String url, HttpResponse<byte[]> r, Options o) {
        int status = r.statusCode();
        if (status >= 400) {
            throw Errors.of("MATLAB:webservices:HTTP" + status + "StatusCodeError", "The server returned the status "
                + status + " with message \"" + reason(status) + "\" in response to the request to URL " + url + ".");
        }
        String mediaType = r.headers().firstValue("Content-Type").orElse("");
        Charset cs = charset(mediaType);
        String kind = o.contentType();
        if (kind.equals("auto")) {
            String mt = mediaType.toLowerCase();
            if (mt.contains("json")) {
                kind = "json";
            } else if (mt.startsWith("text/") || mt.contains("xml") || mt.contains("javascript") || mt.isEmpty()) {
                kind = "text";
            } else {
                kind = "binary";
            }
        }
        switch (kind) {
            case "json":
                return Json.decode(new String(r.body(), cs));
            case "text":
                return CharArray.of(new String(r.body(), cs));
            default:
                byte[] b = r.body();
                long[] v = new long[b.length];
                for (int i = 0; i < b.length; i++) {
                    v[i] = b[i] & 0xff;
                }
                return new IntArray(MClass.UINT8, Dims.col(b.length), v);
        }
    }

    private static Charset charset(String mediaType) {
        for (String part : mediaType.split(";")) {
            String p = part.trim();
            if (p.toLowerCase().startsWith("charset=")) {
                try {
                    return Charset.forName(p.substring(8).replace("\"", ""));
                } catch (RuntimeException e) {
                    return StandardCharsets.UTF_8;
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    static MatlabError requestError(String url, Throwable cause, Options o) {
        if (cause instanceof HttpConnectTimeoutException || cause instanceof HttpTimeoutException) {
            return Errors.of("MATLAB:webservices:Timeout", "The connection to URL '" + url + "' timed out after "
                + mjc.runtime.text.NumberText.shortG(o.timeout(), 0, MClass.DOUBLE)
                + " seconds. Set weboptions Timeout to a higher value if the server is slow.");
        }
        if (cause instanceof ConnectException) {
            return Errors.of("MATLAB:webservices:ConnectionRefused", "Could not establish a connection with '" + url
                + "'. The reason is 'Connection refused'.");
        }
        if (cause instanceof java.nio.channels.UnresolvedAddressException
            || cause instanceof java.net.UnknownHostException) {
            return Errors.of("MATLAB:webservices:UnknownHost", "Could not access server. " + url);
        }
        if (cause instanceof java.util.concurrent.CancellationException) {
            return Errors.of("mjc:cancelled", "The task was cancelled.");
        }
        String m = cause.getMessage();
        return Errors.of("MATLAB:webservices:CopyContentToDataStreamError", "Could not read from '" + url + "': "
            + (m == null ? cause.getClass().getSimpleName() : m));
    }

    private static String reason(int status) {
        switch (status) {
            case 400:
                return "Bad Request";
            case 401:
                return "Unauthorized";
            case 403:
                return "Forbidden";
            case 404:
                return "Not Found";
            case 405:
                return "Method Not Allowed";
            case 408:
                return "Request Timeout";
            case 429:
                return "Too Many Requests";
            case 500:
                return "Internal Server Error";
            case 502:
                return "Bad Gateway";
            case 503:
                return "Service Unavailable";
            case 504:
                return "Gateway Timeout";
            default:
                return "HTTP " + status;
        }
    }

    // ------------------------------------------------------------------ builtins

    /** webread(url, name, value, ..., options): the response, waiting only the calling task. */
    @Builtin("webread")
    public static Value[] webread(Value[] args, int nargout) {
        return new Value[] {Async.block(requestTask(args, "webread"))[0]};
    }

    /** fetch(url, ...): a lazy task of what webread(url, ...) returns. */
    @Builtin("fetch")
    public static Value[] fetch(Value[] args, int nargout) {
        return new Value[] {requestTask(args, "fetch")};
    }
}
