package dev.connector.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One scenario's results: rows of figures (one table) and notes on what they mean or where a target is missed. */
final class Section {

    final String scenario;
    final String title;
    final List<Map<String, Object>> rows = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    Section(String scenario, String title) {
        this.scenario = scenario;
        this.title = title;
    }

    Map<String, Object> row() {
        Map<String, Object> row = new LinkedHashMap<>();
        rows.add(row);
        return row;
    }

    void note(String text) {
        notes.add(text);
        System.err.println("bench: " + text);
    }
}
