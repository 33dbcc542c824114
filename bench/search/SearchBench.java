// SPDX-License-Identifier: EUPL-1.2

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times one fixed, realistic query mix against Datakraam's search ({@code GET /v1/search}, over HTTP, as a client
 * sees it) and against PostgreSQL full-text search (Dutch configuration, GIN index) over the same metadata, in the
 * same run, alternating query by query so that both see the same load on a shared machine.
 *
 * <pre>java -cp postgresql.jar bench/search/SearchBench.java BASE_URL JDBC_URL [ROUNDS]</pre>
 *
 * <p>Both answer what a search page needs, as an anonymous caller (only {@code openbaar}): the first 20 hits in
 * relevance order with a highlighted snippet, the total, and counts per facet (organisation, format, licence, access
 * level, update frequency, quality). Datakraam: one request. PostgreSQL: two statements on one connection (the page
 * with {@code ts_headline} on its 20 rows; the total and facet counts from one CTE). Prints p50, p95, p99, mean and
 * max per engine, and per query how many hits each found.
 */
public class SearchBench {

    /** query | facet filters (Datakraam parameters; the same filters in PostgreSQL) */
    static final String[][] MIX = {
        {"fietspaden", ""}, {"monumenten", ""}, {"Zuidhorn", ""}, {"gemeentegrnes", ""},
        {"verkeersongevallen groningen", ""}, {"grondwater", ""}, {"bodemkwaliteit westerkwartier", ""},
        {"subsidie", ""}, {"woningbouw 2021", ""}, {"laadpalen", ""}, {"windturbines", ""}, {"natuur", ""},
        {"bushaltes", ""}, {"luchtkwaliteit", ""}, {"stikstof", ""}, {"zwemwater", ""}, {"provinciale wegen", ""},
        {"vergunningen", ""}, {"meldingen overlast", ""}, {"begroting", ""}, {"zonneparken", ""}, {"dijken", ""},
        {"inwoners per wijk", ""}, {"bedrijventerreinen", ""}, {"scholen leerlingen", ""}, {"bomen", ""},
        {"aardbevingsschade", ""}, {"erfgoed", ""}, {"\"openbaar vervoer\"", ""}, {"kadaster", ""},
        {"fietspaden leeuwarden", ""}, {"energie", ""}, {"water", ""}, {"Súdwest-Fryslân", ""}, {"monumnten", ""},
        {"wonen", ""}, {"bouwjaar", ""}, {"grondwaterstand", ""}, {"fietspaden", "format=geojson"},
        {"energie", "quality=excellent"}, {"", "format=gpkg"}, {"water", "organisation=Provincie Groningen"},
    };

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String jdbc = args[1];
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (Connection pg = DriverManager.getConnection(jdbc)) {
            var dk = new Engine("Datakraam (Lucene, HTTP)");
            var postgres = new Engine("PostgreSQL FTS (dutch, GIN)");
            Map<String, long[]> found = new LinkedHashMap<>();
            for (int warm = 0; warm < 5; warm++) {
                for (String[] q : MIX) {
                    datakraam(http, base, q);
                    postgres(pg, q);
                }
            }
            for (int round = 0; round < rounds; round++) {
                for (String[] q : MIX) {
                    long t0 = System.nanoTime();
                    long dkHits = datakraam(http, base, q);
                    long t1 = System.nanoTime();
                    long pgHits = postgres(pg, q);
                    long t2 = System.nanoTime();
                    dk.add(t1 - t0);
                    postgres.add(t2 - t1);
                    found.put(label(q), new long[] {dkHits, pgHits});
                }
            }
            System.out.printf("%n%d queries per engine (%d rounds of a mix of %d), after 5 warm-up rounds%n",
                    rounds * MIX.length, rounds, MIX.length);
            System.out.println("| engine | p50 ms | p95 ms | p99 ms | mean ms | max ms |");
            System.out.println("|---|---:|---:|---:|---:|---:|");
            dk.print();
            postgres.print();
            System.out.printf("p99 ratio PostgreSQL / Datakraam: %.1fx; p50 ratio: %.1fx%n",
                    postgres.percentile(99) / dk.percentile(99), postgres.percentile(50) / dk.percentile(50));
            System.out.println("\n| query | hits Datakraam | hits PostgreSQL |");
            System.out.println("|---|---:|---:|");
            found.forEach((q, hits) -> System.out.printf("| %s | %d | %d |%n", q, hits[0], hits[1]));
            long dkZero = found.values().stream().filter(h -> h[0] == 0).count();
            long pgZero = found.values().stream().filter(h -> h[1] == 0).count();
            System.out.printf("queries without any hit: Datakraam %d, PostgreSQL %d (of %d)%n", dkZero, pgZero,
                    found.size());
        }
    }

    static String label(String[] q) {
        return "`" + (q[0].isEmpty() ? "(all)" : q[0].replace("|", "\\|")) + "`" + (q[1].isEmpty() ? "" : " + " + q[1]);
    }

    static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");

    static long datakraam(HttpClient http, String base, String[] q) throws Exception {
        StringBuilder url = new StringBuilder(base).append("/v1/search?limit=20&q=")
                .append(URLEncoder.encode(q[0], StandardCharsets.UTF_8));
        if (!q[1].isEmpty()) {
            String[] kv = q[1].split("=", 2);
            url.append('&').append(kv[0]).append('=').append(URLEncoder.encode(kv[1], StandardCharsets.UTF_8));
        }
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        Matcher total = TOTAL.matcher(response.body());
        return total.find() ? Long.parseLong(total.group(1)) : -1;
    }

    static long postgres(Connection pg, String[] q) throws SQLException {
        String filter = "";
        String value = null;
        if (!q[1].isEmpty()) {
            String[] kv = q[1].split("=", 2);
            value = kv[1];
            filter = switch (kv[0]) {
                case "format" -> " and ? = any(s.formats)";
                case "quality" -> " and s.rating = ?";
                case "organisation" -> " and s.publisher = ?";
                default -> throw new IllegalArgumentException(kv[0]);
            };
        }
        boolean words = !q[0].isBlank();
        String match = words ? "s.tsv @@ q.q" : "true";
        String order = words ? "ts_rank(s.tsv, q.q) desc, s.modified desc" : "s.modified desc";
        String from = "from bench_search s, websearch_to_tsquery('dutch', ?) q where s.access_level = 'openbaar' and "
                + match + filter;
        String page = "select p.id, p.title, ts_headline('dutch', coalesce(p.description, ''), p.q, "
                + "'StartSel=<mark>, StopSel=</mark>, MaxFragments=2') from (select s.id, s.title, s.description, q.q "
                + from + " order by " + order + " limit 20) p";
        String facets = "with h as (select s.publisher, s.licence, s.access_level, s.update_frequency, s.rating, "
                + "s.formats " + from + ") "
                + "select 'total', null, count(*) from h "
                + "union all select 'organisation', publisher, count(*) from h group by publisher "
                + "union all select 'licence', licence, count(*) from h group by licence "
                + "union all select 'accessLevel', access_level, count(*) from h group by access_level "
                + "union all select 'updateFrequency', update_frequency, count(*) from h group by update_frequency "
                + "union all select 'quality', rating, count(*) from h group by rating "
                + "union all select 'format', f, count(*) from h, unnest(h.formats) f group by f";
        try (PreparedStatement statement = pg.prepareStatement(page)) {
            bind(statement, q[0], value);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rs.getString(3);
                }
            }
        }
        long total = -1;
        try (PreparedStatement statement = pg.prepareStatement(facets)) {
            bind(statement, q[0], value);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    if ("total".equals(rs.getString(1))) {
                        total = rs.getLong(3);
                    }
                }
            }
        }
        return total;
    }

    static void bind(PreparedStatement statement, String words, String value) throws SQLException {
        statement.setString(1, words);
        if (value != null) {
            statement.setString(2, value);
        }
    }

    static final class Engine {
        final String name;
        final List<Long> nanos = new ArrayList<>();

        Engine(String name) {
            this.name = name;
        }

        void add(long n) {
            nanos.add(n);
        }

        double percentile(int p) {
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, index)] / 1e6;
        }

        void print() {
            double mean = nanos.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
            double max = nanos.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
            System.out.printf("| %s | %.1f | %.1f | %.1f | %.1f | %.1f |%n", name, percentile(50), percentile(95),
                    percentile(99), mean, max);
        }
    }
}
