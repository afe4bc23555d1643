import java.io.IOException;
import java.io.PrintWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The editing load of the cluster scenario (.ci/cluster), run with the JDK alone ({@code java ClusterLoad.java}).
 * Loopback only: every address it is given is checked to be one.
 *
 * <pre>
 * load BALANCER SECONDS EDITORS OUT      editors log in through the login page (a session each, sticky at the
 *                                        balancer) and create claims, comment, move them on and search, until
 *                                        SECONDS are up; every request is written to OUT/requests.tsv and every
 *                                        acknowledged write to OUT/acknowledged.tsv
 * live NODE_A NODE_B                     a queue page open on NODE_B hears of a comment made through NODE_A
 * search NODE OUT WAIT_SECONDS           every acknowledged claim is found by its token in NODE's search, waiting
 *                                        at most WAIT_SECONDS for the indexing to catch up; prints the misses
 * revoke NODE_A NODE_B                   a user an administrator deactivates on NODE_A's Administration page is
 *                                        refused by NODE_B at the next request, and let in again once reactivated
 * </pre>
 */
public class ClusterLoad {

    static final String PASSWORD = "factdesk-demo";
    static final String[] EDITORS = {"editor", "editor2"};
    static final Pattern INPUT = Pattern.compile("<input[^>]*>", Pattern.CASE_INSENSITIVE);
    static final Pattern ATTR = Pattern.compile("(name|value|type)=\"([^\"]*)\"");
    static final Pattern FORM = Pattern.compile("<form[^>]*id=\"login\"[^>]*action=\"([^\"]+)\"");
    static final Pattern LOCATION = Pattern.compile("/claims/(\\d+)$");
    static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    static final Pattern SOCKET = Pattern.compile("data-path=\"(/factdesk/live/claims)\"");

    public static void main(String[] args) throws Exception {
        for (String arg : args) {
            if (arg.startsWith("http") && !isLoopback(URI.create(arg).getHost())) {
                throw new IllegalArgumentException("not a loopback address: " + arg);
            }
        }
        switch (args[0]) {
            case "load" -> load(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Path.of(args[4]));
            case "live" -> System.exit(live(args[1], args[2]) ? 0 : 1);
            case "search" -> System.exit(search(args[1], Path.of(args[2]), Integer.parseInt(args[3])) ? 0 : 1);
            case "revoke" -> System.exit(revoke(args[1], args[2]) ? 0 : 1);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
    }

    /** One simulated editor: a browser's cookie jar, logged in through the login page. */
    static final class Editor {
        final String base;
        final String user;
        final CookieManager cookies = new CookieManager();
        final HttpClient http;

        Editor(String base, String user) {
            this.base = base;
            this.user = user;
            // HTTP/1.1 as browsers speak it to a plain-HTTP server: the JDK's default asks to upgrade to h2c,
            // which WildFly grants and the balancer then only tunnels, unseen (no stickiness cookie)
            this.http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(cookies)
                    .connectTimeout(Duration.ofSeconds(5))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        }

        HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpRequest.Builder get(String path) {
            return HttpRequest.newBuilder(URI.create(base + path)).GET();
        }

        /** A state-changing request with the session, as the editor's own pages send it. */
        HttpRequest.Builder post(String path, String json) {
            return HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/json")
                    .header("Origin", base)
                    .POST(HttpRequest.BodyPublishers.ofString(json));
        }

        /** The server the balancer keeps this editor on (its stickiness cookie), "-" before it set one. */
        String node() {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("SRV"))
                    .map(c -> c.getValue())
                    .findFirst()
                    .orElse("-");
        }

        void login() throws IOException, InterruptedException {
            HttpResponse<String> page = send(get("/factdesk/login.xhtml"));
            Matcher action = FORM.matcher(page.body());
            if (page.statusCode() != 200 || !action.find()) {
                throw new IllegalStateException("login page: HTTP " + page.statusCode());
            }
            Map<String, String> form = new LinkedHashMap<>();
            Matcher input = INPUT.matcher(page.body());
            while (input.find()) {
                Map<String, String> attrs = new LinkedHashMap<>();
                Matcher attr = ATTR.matcher(input.group());
                while (attr.find()) {
                    attrs.put(attr.group(1), attr.group(2));
                }
                String name = attrs.get("name");
                if (name == null || !name.startsWith("login") && !name.startsWith("jakarta.faces")) {
                    continue;
                }
                String value = name.endsWith("username") ? user
                        : name.endsWith("password") ? PASSWORD
                        : attrs.getOrDefault("value", "");
                form.put(name, value);
            }
            form.put("login:submit", "");
            StringBuilder body = new StringBuilder();
            form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&")
                    .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            String target = action.group(1).replace("&amp;", "&");
            HttpResponse<String> done = send(HttpRequest.newBuilder(URI.create(base).resolve(target))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Origin", base)
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
            if (done.statusCode() != 302 && done.statusCode() != 303) {
                throw new IllegalStateException(user + " could not log in: HTTP " + done.statusCode());
            }
        }
    }

    /** A request as the load saw it: when it started and ended, what it was, and its answer (0: no answer). */
    record Outcome(long start, long end, String editor, String op, int status, String node, String detail) {}

    static void load(String balancer, int seconds, int editors, Path out) throws Exception {
        Files.createDirectories(out);
        List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        long until = System.currentTimeMillis() + seconds * 1000L;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < editors; i++) {
            Editor editor = new Editor(balancer, EDITORS[i % EDITORS.length]);
            String name = "e" + i;
            editor.login();
            Thread thread = new Thread(() -> work(editor, name, until, outcomes, acknowledged), name);
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("requests.tsv")))) {
            for (Outcome o : outcomes) {
                w.printf("%d\t%d\t%s\t%s\t%d\t%s\t%s%n", o.start, o.end, o.editor, o.op, o.status, o.node, o.detail);
            }
        }
        Files.write(out.resolve("acknowledged.tsv"), acknowledged);
        System.out.println("load: " + outcomes.size() + " requests by " + editors + " editors, "
                + acknowledged.size() + " acknowledged writes");
    }

    static void work(Editor e, String name, long until, List<Outcome> outcomes, List<String> acknowledged) {
        int n = 0;
        Long claim = null;
        String token = null;
        while (System.currentTimeMillis() < until) {
            n++;
            long start = System.currentTimeMillis();
            String op;
            HttpRequest.Builder request;
            int step = n % 5;
            if (claim == null || step == 0) {
                token = "clu" + name + "x" + n + "x" + Long.toString(start, 36);
                op = "create";
                request = e.post("/factdesk/api/claims", "{\"statement\": \"Cluster load claim " + token
                        + " about rebel fire in Idlib.\", \"desk\": \"middle-east\", \"priority\": \"NORMAL\"}");
            } else if (step == 1) {
                op = "comment";
                request = e.post("/factdesk/api/claims/" + claim + "/comments",
                        "{\"text\": \"Checked by " + name + " at step " + n + ".\"}");
            } else if (step == 2) {
                op = "triage";
                request = e.post("/factdesk/api/claims/" + claim + "/transitions",
                        "{\"transition\": \"TRIAGE\", \"version\": " + version(e, name, claim, outcomes) + "}");
            } else if (step == 3) {
                op = "search";
                request = e.get("/factdesk/api/claims?q=" + token);
            } else {
                op = "queue-page";
                request = e.get("/factdesk/queue/index.xhtml");
            }
            int status = 0;
            String detail = "";
            try {
                HttpResponse<String> response = e.send(request);
                status = response.statusCode();
                String body = response.body();
                if (op.equals("queue-page") && status == 200 && body.contains("id=\"login\"")) {
                    detail = "login-page"; // the session was lost
                } else if (op.equals("create") && status == 201) {
                    Matcher id = LOCATION.matcher(response.headers().firstValue("Location").orElse(""));
                    if (id.find()) {
                        claim = Long.parseLong(id.group(1));
                        acknowledged.add("claim\t" + claim + "\t" + token);
                        detail = "claim " + claim;
                    }
                } else if (op.equals("comment") && status == 201) {
                    acknowledged.add("comment\t" + claim + "\tChecked by " + name + " at step " + n + ".");
                } else if (op.equals("triage") && status == 200) {
                    acknowledged.add("triaged\t" + claim + "\t");
                } else if (status >= 400) {
                    detail = body.length() > 160 ? body.substring(0, 160) : body;
                    detail = detail.replace('\t', ' ').replace('\n', ' ');
                }
            } catch (IOException ex) {
                detail = ex.getClass().getSimpleName();
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
            outcomes.add(new Outcome(start, System.currentTimeMillis(), name, op, status, e.node(), detail));
            try {
                Thread.sleep(150);
            } catch (InterruptedException ex) {
                return;
            }
        }
    }

    /** The claim's version (its ETag), read as the claim page does before a change; the read is a request too. */
    static long version(Editor e, String name, long claim, List<Outcome> outcomes) {
        long start = System.currentTimeMillis();
        int status = 0;
        long version = -1;
        try {
            HttpResponse<String> response = e.send(e.get("/factdesk/api/claims/" + claim));
            status = response.statusCode();
            version = Long.parseLong(response.headers().firstValue("ETag").orElse("\"-1\"").replaceAll("[^0-9-]", ""));
        } catch (IOException | InterruptedException | NumberFormatException ex) {
            // recorded as a request without an answer; the triage then fails on the version, and says so
        }
        outcomes.add(new Outcome(start, System.currentTimeMillis(), name, "read", status, e.node(), ""));
        return version;
    }

    /** A queue page open on nodeB hears, over its websocket, of a comment made through nodeA. */
    static boolean live(String nodeA, String nodeB) throws Exception {
        Editor watcher = new Editor(nodeB, "checker");
        watcher.login();
        HttpResponse<String> page = watcher.send(watcher.get("/factdesk/queue/index.xhtml"));
        Matcher socket = SOCKET.matcher(page.body());
        if (!socket.find()) {
            System.out.println("live: no claims channel on the queue page of " + nodeB);
            return false;
        }
        Map<Long, Boolean> heard = new ConcurrentHashMap<>();
        CountDownLatch open = new CountDownLatch(1);
        String cookie = watcher.cookies.getCookieStore().get(URI.create(nodeB)).stream()
                .map(Object::toString)
                .reduce((a, b) -> a + "; " + b)
                .orElse("");
        WebSocket ws = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .header("Cookie", cookie)
                .header("Origin", nodeB)
                .buildAsync(URI.create(nodeB.replaceFirst("^http", "ws") + socket.group(1)), new WebSocket.Listener() {
                    @Override
                    public void onOpen(WebSocket webSocket) {
                        open.countDown();
                        webSocket.request(1);
                    }

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        Matcher claim = Pattern.compile("\"claim\":(\\d+)").matcher(data);
                        if (claim.find()) {
                            heard.put(Long.parseLong(claim.group(1)), true);
                        }
                        webSocket.request(1);
                        return null;
                    }
                })
                .get(10, TimeUnit.SECONDS);
        open.await(10, TimeUnit.SECONDS);
        HttpClient basic = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString(("editor:" + PASSWORD).getBytes());
        HttpResponse<String> created = basic.send(HttpRequest.newBuilder(URI.create(nodeA + "/factdesk/api/claims"))
                        .header("Authorization", auth)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"statement\": \"A claim made on one server and"
                                + " seen live on the other.\", \"desk\": \"middle-east\", \"priority\": \"NORMAL\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher id = LOCATION.matcher(created.headers().firstValue("Location").orElse(""));
        if (created.statusCode() != 201 || !id.find()) {
            System.out.println("live: could not create a claim on " + nodeA + ": HTTP " + created.statusCode());
            return false;
        }
        long claim = Long.parseLong(id.group(1));
        long deadline = System.currentTimeMillis() + 10_000;
        while (!heard.containsKey(claim) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        ws.abort();
        boolean ok = heard.containsKey(claim);
        System.out.println("live: claim " + claim + " created through " + nodeA + (ok ? " reached" : " did NOT reach")
                + " a queue page on " + nodeB);
        return ok;
    }

    /**
     * Both servers keep users in Hibernate's second-level cache, which WildFly's invalidation cache keeps right
     * across servers. So: the user is read on NODE_B first (and cached there), deactivated by an administrator on
     * NODE_A's page, and must be refused by NODE_B at the very next request; reactivated, let in again.
     */
    static boolean revoke(String nodeA, String nodeB) throws Exception {
        String user = "reporter";
        int before = me(nodeB, user);
        Editor admin = new Editor(nodeA, "admin");
        admin.login();
        HttpResponse<String> page = admin.send(admin.get("/factdesk/admin/users.xhtml"));
        Matcher row = Pattern.compile("data-username=\"" + user + "\".*?<button[^>]*\\bid=\"([^\"]+)\"", Pattern.DOTALL)
                .matcher(page.body());
        Matcher form = Pattern.compile("<form[^>]*\\bid=\"users\"[^>]*\\baction=\"([^\"]+)\"").matcher(page.body());
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        Matcher nonce = NONCE.matcher(page.body());
        if (page.statusCode() != 200 || !row.find() || !form.find() || !state.find() || !nonce.find()) {
            System.out.println("revoke: no user " + user + " to choose on the users page of " + nodeA + " (HTTP "
                    + page.statusCode() + ")");
            return false;
        }
        URI action = URI.create(nodeA).resolve(form.group(1).replace("&amp;", "&"));
        String[] view = {state.group(1), nonce.group(1)};
        view = ajax(admin, action, view, "users", row.group(1), "chosenUser");
        view = ajax(admin, action, view, "chosenUser", "chosenUser:toggleActive", "chosenUser users");
        int deactivatedA = me(nodeA, user);
        int deactivatedB = me(nodeB, user);
        ajax(admin, action, view, "chosenUser", "chosenUser:toggleActive", "chosenUser users");
        int reactivatedB = me(nodeB, user);
        boolean ok = before == 200 && deactivatedA == 401 && deactivatedB == 401 && reactivatedB == 200;
        System.out.println("revoke: " + user + " on " + nodeB + ": HTTP " + before + " before; deactivated on " + nodeA
                + ": HTTP " + deactivatedB + " on " + nodeB + " at once (" + deactivatedA + " on " + nodeA
                + "); reactivated: HTTP " + reactivatedB + (ok ? "" : " -- expected 200, 401, 200"));
        return ok;
    }

    /** {@code GET /api/me} as {@code user} with HTTP Basic: the status. */
    static int me(String node, String user) throws IOException, InterruptedException {
        String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes());
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(node + "/factdesk/api/me"))
                                .header("Authorization", auth)
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /**
     * Clicks {@code button} of {@code form} as the page's script would: a Faces ajax request with the view state and
     * PrimeFaces' script nonce ({@code view}), answered with the next of both.
     */
    static String[] ajax(Editor e, URI action, String[] view, String form, String button, String render)
            throws IOException, InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(form, form);
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", button);
        fields.put("jakarta.faces.partial.execute", button);
        fields.put("jakarta.faces.partial.render", render);
        fields.put(button, button);
        fields.put("jakarta.faces.ViewState", view[0]);
        fields.put("primefaces.nonce", view[1]);
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpResponse<String> answer = e.send(HttpRequest.newBuilder(action)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Faces-Request", "partial/ajax")
                .header("Origin", e.base)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        if (answer.statusCode() != 200 || answer.body().contains("<error>")) {
            throw new IllegalStateException(button + ": HTTP " + answer.statusCode() + " " + answer.body());
        }
        Matcher state = Pattern.compile("ViewState:0\"><!\\[CDATA\\[([^\\]]+)\\]\\]>").matcher(answer.body());
        Matcher nonce = NONCE.matcher(answer.body());
        return new String[] {state.find() ? state.group(1) : view[0], nonce.find() ? nonce.group(1) : view[1]};
    }

    /**
     * Every acknowledged claim is found by its token in node's search, and a claim whose triage was acknowledged
     * is found as TRIAGED (the index holds its latest state, not a stale one); indexing may still be catching up.
     */
    static boolean search(String node, Path out, int waitSeconds) throws Exception {
        List<String[]> acknowledged = Files.readAllLines(out.resolve("acknowledged.tsv")).stream()
                .map(l -> l.split("\t", -1))
                .toList();
        java.util.Set<String> triaged = new java.util.HashSet<>();
        acknowledged.stream().filter(f -> f[0].equals("triaged")).forEach(f -> triaged.add(f[1]));
        List<String[]> claims =
                acknowledged.stream().filter(f -> f[0].equals("claim")).toList();
        HttpClient basic = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString(("editor:" + PASSWORD).getBytes());
        long deadline = System.currentTimeMillis() + waitSeconds * 1000L;
        List<String[]> missing = new ArrayList<>(claims);
        while (true) {
            List<String[]> still = new ArrayList<>();
            for (String[] c : missing) {
                String query = "/factdesk/api/claims?q=" + c[2] + (triaged.contains(c[1]) ? "&status=TRIAGED" : "");
                HttpResponse<String> found = basic.send(
                        HttpRequest.newBuilder(URI.create(node + query))
                                .header("Authorization", auth)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (found.statusCode() != 200 || !found.body().contains("\"id\":" + c[1] + ",")) {
                    still.add(c);
                }
            }
            missing = still;
            if (missing.isEmpty() || System.currentTimeMillis() > deadline) {
                break;
            }
            Thread.sleep(2000);
        }
        System.out.println("search on " + node + ": " + (claims.size() - missing.size()) + " of " + claims.size()
                + " acknowledged claims found, in their latest state (" + triaged.size() + " triaged)");
        missing.stream().limit(10).forEach(c -> System.out.println("  missing: claim " + c[1] + " " + c[2]));
        return missing.isEmpty();
    }
}
