package dev.connector.bench;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code ./connector bench [scenario ...] [--quick] [--store=sqlite|postgresql]}: runs the scenarios and writes a
 * Markdown table and JSON under {@code bench/results/} (and {@code bench/results/latest.md}). With the environment
 * variable {@code BENCH_JFR} set to a folder, every server process records a JFR profile there.
 */
public final class Bench {

    private static final List<Scenario> ALL = List.of(
            new StartupScenario(), new ApiScenario(), new WebhookScenario(), new WebhookDrainScenario(), new WebSocketScenario(),
            new WebSocketFanoutScenario(), new CrashScenario(),
            new CustomerAddScenario());

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("--quick");
        List<String> names = List.of(args).stream().filter(arg -> !arg.startsWith("--")).toList();
        List<String> stores = List.of(args).stream().filter(arg -> arg.startsWith("--store="))
                .map(arg -> arg.substring("--store=".length())).toList();
        if (stores.isEmpty()) {
            stores = List.of("sqlite", "postgresql");
        } else if (!List.of("sqlite", "postgresql").containsAll(stores)) {
            System.err.println("bench: --store takes sqlite or postgresql, not " + stores);
            System.exit(2);
        }
        List<Scenario> chosen = names.isEmpty() ? ALL
                : ALL.stream().filter(scenario -> names.contains(scenario.name())).toList();
        if (chosen.size() != (names.isEmpty() ? ALL.size() : names.size())) {
            System.err.println("bench: unknown scenario in " + names + "; known: "
                    + ALL.stream().map(Scenario::name).collect(Collectors.joining(", ")));
            System.exit(2);
        }
        Path scratch = Files.createTempDirectory("connector-bench-");
        Scenario.Settings settings = new Scenario.Settings(quick, scratch, stores);
        List<Section> sections = new ArrayList<>();
        long started = System.nanoTime();
        for (Scenario scenario : chosen) {
            System.err.println("bench: running " + scenario.name() + (quick ? " (quick)" : ""));
            try {
                sections.addAll(scenario.run(settings));
            } catch (Exception e) {
                Section failed = new Section(scenario.name(), scenario.name() + " (failed)");
                failed.note("The scenario failed: " + e);
                e.printStackTrace();
                sections.add(failed);
            }
        }
        write(sections, quick, (System.nanoTime() - started) / 1_000_000_000L);
    }

    private static void write(List<Section> sections, boolean quick, long seconds) throws Exception {
        Path results = Path.of("bench", "results");
        Files.createDirectories(results);
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
        String label = sections.stream().map(section -> section.scenario).collect(Collectors.joining("-"));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("measured_utc", Instant.now().toString());
        json.put("machine", Machine.describe());
        json.put("quick", quick);
        json.put("duration_s", seconds);
        List<Map<String, Object>> scenarioJson = new ArrayList<>();
        for (Section section : sections) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("scenario", section.scenario);
            entry.put("title", section.title);
            entry.put("rows", section.rows);
            entry.put("notes", section.notes);
            scenarioJson.add(entry);
        }
        json.put("scenarios", scenarioJson);
        Path jsonFile = results.resolve(stamp + "-" + label + ".json");
        BenchClient.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(jsonFile.toFile(), json);
        String markdown = markdown(sections, quick, seconds);
        Files.writeString(results.resolve(stamp + "-" + label + ".md"), markdown);
        Files.writeString(results.resolve("latest.md"), markdown);
        System.out.println(markdown);
        System.err.println("bench: wrote " + jsonFile + " and bench/results/latest.md");
    }

    static String markdown(List<Section> sections, boolean quick, long seconds) {
        StringBuilder out = new StringBuilder();
        Map<String, Object> machine = Machine.describe();
        out.append("Measured ").append(Instant.now().toString(), 0, 16).append("Z on ").append(machine.get("cpu"))
                .append(", ").append(machine.get("cores")).append(" cores, ").append(machine.get("memory_gib"))
                .append(" GiB, ").append(machine.get("jdk")).append(quick ? " (quick run)" : "")
                .append("; took ").append(seconds).append(" s.\n\n");
        for (Section section : sections) {
            out.append("### ").append(section.title).append("\n\n");
            if (!section.rows.isEmpty()) {
                List<String> columns = new ArrayList<>();
                section.rows.forEach(row -> row.keySet().stream().filter(key -> !columns.contains(key)).forEach(columns::add));
                out.append("| ").append(String.join(" | ", columns)).append(" |\n");
                out.append("|").append("---|".repeat(columns.size())).append("\n");
                for (Map<String, Object> row : section.rows) {
                    out.append("| ").append(columns.stream().map(column -> String.valueOf(row.getOrDefault(column, "")))
                            .collect(Collectors.joining(" | "))).append(" |\n");
                }
                out.append("\n");
            }
            section.notes.forEach(note -> out.append("- ").append(note).append("\n"));
            out.append("\n");
        }
        return out.toString();
    }
}
