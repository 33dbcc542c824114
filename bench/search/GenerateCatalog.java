// SPDX-License-Identifier: EUPL-1.2

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the search benchmark's catalogue: N realistic Dutch regional-government datasets as CSV files that load
 * straight into Datakraam's metadata tables ({@code psql \copy}), deterministic (same N, same bytes on any JDK: a
 * hand-written SplitMix64 with a fixed seed, no Locale-dependent formatting).
 *
 * <pre>java bench/search/GenerateCatalog.java OUT_DIR [N]     (N defaults to 10,000)</pre>
 *
 * <p>Writes {@code dataset.csv}, {@code dataset_version.csv}, {@code distribution.csv}, {@code quality.csv}. Each
 * dataset: a title from a subject, a place and a year ("Fietspaden onderhoud Westerkwartier 2021"), a description of
 * 2–5 sentences (method, source, columns, places nearby), 3–6 keywords, a publishing organisation (provinces,
 * municipalities, water boards, national bodies), a licence (mostly CC0), an access level (85% openbaar), an update
 * frequency, a schema of 4–9 fields with names and titles, 2–4 distributions, and an MQA rating.
 */
public class GenerateCatalog {

    private static long state = 0x5EA2C4L;

    static long next() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static int below(int n) {
        return (int) Long.remainderUnsigned(next(), n);
    }

    static <T> T pick(List<T> list) {
        return list.get(below(list.size()));
    }

    static <T> T pick(T[] array) {
        return array[below(array.length)];
    }

    /** subject | keywords | fields (name:title) | geo */
    static final String[][] SUBJECTS = {
        {"Fietspaden onderhoud", "fiets,fietspad,onderhoud,infrastructuur,wegbeheer",
            "wegvak_id:Wegvak,fietspad_naam:Naam fietspad,lengte_m:Lengte (m),verharding:Verharding,"
                + "laatste_onderhoud:Laatste onderhoud,conditie:Conditie", "geo"},
        {"Rijksmonumenten", "monument,erfgoed,cultuurhistorie,rijksmonument",
            "monumentnummer:Monumentnummer,naam:Naam,adres:Adres,bouwjaar:Bouwjaar,functie:Oorspronkelijke functie,"
                + "bescherming:Beschermingsstatus", "geo"},
        {"Gemeentegrenzen", "bestuurlijke grenzen,gemeente,grens,cbs",
            "gemeentecode:Gemeentecode,gemeentenaam:Gemeentenaam,provincie:Provincie,oppervlakte_km2:Oppervlakte",
            "geo"},
        {"Verkeersongevallen", "verkeersveiligheid,ongeval,verkeer,letsel",
            "ongeval_id:Ongeval,datum:Datum,weg:Weg,ernst:Ernst,aantal_gewonden:Gewonden,wegsituatie:Wegsituatie",
            "geo"},
        {"Grondwatermeetpunten", "grondwater,meetpunt,water,peil",
            "meetpunt_id:Meetpunt,filter_diepte:Filterdiepte,grondwaterstand:Grondwaterstand (m NAP),"
                + "meetdatum:Meetdatum", "geo"},
        {"Bodemkwaliteit", "bodem,verontreiniging,milieu,bodemkwaliteitskaart",
            "locatie:Locatie,stof:Stof,concentratie:Concentratie (mg/kg),klasse:Kwaliteitsklasse", "geo"},
        {"Subsidieverleningen", "subsidie,financien,regeling,beschikking",
            "regeling:Regeling,aanvrager_type:Type aanvrager,bedrag:Verleend bedrag,besluitdatum:Besluitdatum",
            ""},
        {"Woningbouwplannen", "wonen,woningbouw,woningen,nieuwbouw",
            "plan_naam:Plan,aantal_woningen:Aantal woningen,fase:Fase,opleverjaar:Opleverjaar", "geo"},
        {"Laadpalen", "laadpaal,elektrisch rijden,energie,mobiliteit",
            "laadpunt_id:Laadpunt,adres:Adres,vermogen_kw:Vermogen (kW),exploitant:Exploitant", "geo"},
        {"Windturbines", "windenergie,windturbine,energie,duurzaamheid",
            "turbine_id:Turbine,ashoogte_m:Ashoogte (m),vermogen_mw:Vermogen (MW),windpark:Windpark", "geo"},
        {"Natuurbeheerplan", "natuur,natuurbeheer,natuurnetwerk,biodiversiteit",
            "beheertype:Beheertype,oppervlakte_ha:Oppervlakte (ha),beheerder:Beheerder", "geo"},
        {"Bushaltes", "openbaar vervoer,bus,halte,ov",
            "halte_code:Haltecode,halte_naam:Haltenaam,lijnen:Lijnen,toegankelijk:Toegankelijk", "geo"},
        {"Luchtkwaliteit stikstofdioxide", "lucht,luchtkwaliteit,no2,milieu,stikstofdioxide",
            "meetstation:Meetstation,jaargemiddelde:Jaargemiddelde (ug/m3),normoverschrijding:Normoverschrijding",
            "geo"},
        {"Stikstofdepositie", "stikstof,depositie,natura 2000,natuur",
            "hexagon_id:Hexagon,depositie_mol:Depositie (mol/ha/j),habitattype:Habitattype", "geo"},
        {"Zwemwaterlocaties", "zwemwater,recreatie,waterkwaliteit,water",
            "locatie_naam:Locatie,kwaliteitsoordeel:Kwaliteitsoordeel,blauwalg:Blauwalg", "geo"},
        {"Provinciale wegen verkeersintensiteit", "verkeer,wegen,intensiteit,provinciale weg",
            "wegnummer:Wegnummer,telpunt:Telpunt,etmaal_intensiteit:Etmaalintensiteit,vrachtverkeer_pct:Vrachtverkeer",
            "geo"},
        {"Omgevingsvergunningen", "vergunning,omgevingswet,bouwen,milieu",
            "zaaknummer:Zaaknummer,activiteit:Activiteit,besluit:Besluit,besluitdatum:Besluitdatum", ""},
        {"Meldingen openbare ruimte", "melding,openbare ruimte,overlast,bewoners",
            "meldingnummer:Meldingnummer,categorie:Categorie,datum_melding:Datum melding,afgehandeld:Afgehandeld",
            "geo"},
        {"Begroting programma's", "begroting,financien,programma,lasten",
            "programma:Programma,lasten:Lasten,baten:Baten,jaar:Jaar", ""},
        {"Zonneparken", "zonne-energie,zonnepark,energie,duurzaamheid",
            "park_naam:Zonnepark,vermogen_mwp:Vermogen (MWp),oppervlakte_ha:Oppervlakte (ha),status:Status", "geo"},
        {"Waterkeringen", "dijk,waterkering,waterveiligheid,water",
            "kering_id:Kering,type:Type,normtraject:Normtraject,veiligheidsoordeel:Veiligheidsoordeel", "geo"},
        {"Inwoners per wijk", "bevolking,inwoners,demografie,wijk",
            "wijkcode:Wijkcode,wijknaam:Wijknaam,inwoners:Inwoners,huishoudens:Huishoudens,leeftijd_65plus:65+",
            "geo"},
        {"Bedrijventerreinen", "bedrijven,economie,werkgelegenheid,bedrijventerrein",
            "terrein_naam:Terrein,bruto_ha:Bruto oppervlakte (ha),uitgeefbaar_ha:Uitgeefbaar (ha)", "geo"},
        {"Scholen en leerlingen", "onderwijs,school,leerlingen,basisonderwijs",
            "brin:BRIN,school_naam:School,leerlingen:Leerlingen,denominatie:Denominatie", "geo"},
        {"Bomenregister", "bomen,groen,boom,beheer",
            "boom_id:Boom,soort:Boomsoort,plantjaar:Plantjaar,stamdiameter_cm:Stamdiameter (cm)", "geo"},
        {"Aardbevingsschade", "aardbeving,gaswinning,schade,versterking",
            "schade_id:Schademelding,postcode:Postcode,status:Status,uitgekeerd:Uitgekeerd bedrag", "geo"},
    };

    static final String[] PLACES = {"Groningen", "Het Hogeland", "Westerkwartier", "Midden-Groningen", "Eemsdelta",
        "Oldambt", "Pekela", "Stadskanaal", "Veendam", "Westerwolde", "Assen", "Emmen", "Hoogeveen", "Meppel",
        "Tynaarlo", "Aa en Hunze", "Leeuwarden", "Súdwest-Fryslân", "Smallingerland", "Heerenveen", "Opsterland",
        "Noardeast-Fryslân", "Zuidhorn", "Leek", "Marum", "Haren", "Delfzijl", "Appingedam", "Winsum", "Bedum",
        "Loppersum", "Ten Boer", "Slochteren", "Hoogezand-Sappemeer", "Menterwolde", "Bellingwedde", "Vlagtwedde",
        "Ter Apel", "Musselkanaal", "Uithuizen", "Warffum", "Grootegast", "Aduard", "Ezinge", "Earnewâld"};

    static final String[] ORGANISATIONS = {"Provincie Groningen", "Provincie Groningen", "Provincie Groningen",
        "Provincie Drenthe", "Provincie Fryslân", "Gemeente Groningen", "Gemeente Westerkwartier",
        "Gemeente Het Hogeland", "Gemeente Eemsdelta", "Gemeente Midden-Groningen", "Waterschap Noorderzijlvest",
        "Waterschap Hunze en Aa's", "Rijksdienst voor het Cultureel Erfgoed", "Centraal Bureau voor de Statistiek",
        "Kadaster", "Rijkswaterstaat", "RIVM", "Instituut Mijnbouwschade Groningen"};

    static final String[] LICENCES = {"http://creativecommons.org/publicdomain/zero/1.0/",
        "http://creativecommons.org/publicdomain/zero/1.0/", "http://creativecommons.org/publicdomain/zero/1.0/",
        "http://creativecommons.org/licenses/by/4.0/", "http://creativecommons.org/licenses/by/4.0/",
        "http://creativecommons.org/licenses/by-sa/4.0/"};

    static final String[] FREQUENCIES = {"ANNUAL", "ANNUAL", "MONTHLY", "QUARTERLY", "WEEKLY", "DAILY", "IRREG",
        "NEVER", "BIENNIAL"};

    static final String[] METHODS = {"De gegevens zijn verzameld door veldinspecties van de provincie.",
        "Bron is de landelijke registratie, aangevuld met eigen metingen.",
        "Het bestand wordt jaarlijks bijgewerkt na controle door de data-eigenaar.",
        "De metingen zijn uitgevoerd volgens het landelijke meetprotocol.",
        "Gegevens van voor de gemeentelijke herindeling zijn omgezet naar de huidige gemeenten.",
        "Persoonsgegevens zijn verwijderd; kleine aantallen zijn afgerond.",
        "Coördinaten staan in RD New (EPSG:28992) en WGS 84.",
        "Let op: de cijfers van het laatste jaar zijn voorlopig."};

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: java GenerateCatalog.java OUT_DIR [N]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1].replace("_", "")) : 10_000;
        Files.createDirectories(out);
        try (var datasets = writer(out.resolve("dataset.csv"));
                var versions = writer(out.resolve("dataset_version.csv"));
                var distributions = writer(out.resolve("distribution.csv"));
                var quality = writer(out.resolve("quality.csv"))) {
            for (int i = 0; i < n; i++) {
                String[] subject = pick(SUBJECTS);
                String place = pick(PLACES);
                int year = 2012 + below(14);
                String title = subject[0] + " " + place + " " + year;
                String organisation = below(3) == 0 ? "Gemeente " + place : pick(ORGANISATIONS);
                String[] keywordPool = subject[1].split(",");
                Set<String> keywords = new LinkedHashSet<>();
                int keywordCount = 3 + below(4);
                for (int k = 0; k < keywordCount; k++) {
                    keywords.add(pick(keywordPool));
                }
                keywords.add(place.toLowerCase(java.util.Locale.ROOT));
                String[] fields = subject[2].split(",");
                List<String> fieldNames = new ArrayList<>();
                StringBuilder fieldJson = new StringBuilder();
                int fieldCount = Math.min(fields.length, 3 + below(fields.length));
                for (int f = 0; f < fieldCount; f++) {
                    String[] nameTitle = fields[f].split(":");
                    fieldNames.add(nameTitle[1].toLowerCase(java.util.Locale.ROOT));
                    fieldJson.append(f == 0 ? "" : ",").append("{\"name\":\"").append(nameTitle[0])
                            .append("\",\"title\":\"").append(nameTitle[1]).append("\",\"type\":\"string\",")
                            .append("\"format\":\"default\"}");
                }
                String description = description(subject[0], place, year, organisation, fieldNames);
                String id = uuid();
                String version = uuid();
                String access = below(100) < 85 ? "openbaar" : "intern";
                String modified = timestamp(year, i);
                String table = "ds_" + i;
                datasets.write(csv(id, title, description, organisation, pick(LICENCES), String.join(", ", keywords),
                        access, table, "bench", modified, modified, pick(FREQUENCIES)));
                versions.write(csv(version, id, "1", table + ".csv", "raw/" + id, "0".repeat(64), "1000", "100",
                        "{\"fields\":[" + fieldJson + "],\"missingValues\":[\"\"]}", "{}", "[]", modified));
                List<String> formats = new ArrayList<>(List.of("parquet", "csv"));
                if (!subject[3].isEmpty()) {
                    formats.add("geojson");
                    if (below(2) == 0) {
                        formats.add("gpkg");
                    }
                } else if (below(3) == 0) {
                    formats.add("xlsx");
                }
                for (String format : formats) {
                    distributions.write(csv(uuid(), version, format, "application/octet-stream",
                            "datasets/" + id + "/v1/data." + format, "1000"));
                }
                int points = below(406);
                String rating = points >= 351 ? "excellent" : points >= 221 ? "good" : points >= 121 ? "sufficient"
                        : "bad";
                if (below(10) < 9) {
                    quality.write(csv(id, rating, Integer.toString(points), modified, modified));
                }
            }
        }
        System.out.println("wrote " + n + " datasets to " + out);
    }

    static String description(String subject, String place, int year, String organisation, List<String> fields) {
        StringBuilder text = new StringBuilder();
        text.append(subject).append(" in ").append(place).append(" over ").append(year).append(", bijgehouden door ")
                .append(organisation).append(". ");
        int sentences = 1 + below(4);
        for (int s = 0; s < sentences; s++) {
            text.append(pick(METHODS)).append(' ');
        }
        text.append("Per record: ").append(String.join(", ", fields)).append(". ");
        if (below(3) == 0) {
            text.append("Ook beschikbaar voor ").append(pick(PLACES)).append(" en ").append(pick(PLACES)).append('.');
        }
        return text.toString().strip();
    }

    static String uuid() {
        long hi = (next() & 0xFFFFFFFFFFFF0FFFL) | 0x0000000000004000L;
        long lo = (next() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new java.util.UUID(hi, lo).toString();
    }

    static String timestamp(int year, int i) {
        int month = 1 + below(12);
        int day = 1 + below(28);
        int second = i % 60;
        return year + "-" + two(month) + "-" + two(day) + " 12:00:" + two(second) + "+00";
    }

    static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    static BufferedWriter writer(Path file) throws IOException {
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    static String csv(String... cells) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            if (c > 0) {
                line.append(',');
            }
            line.append('"').append(cells[c].replace("\"", "\"\"")).append('"');
        }
        return line.append('\n').toString();
    }
}
