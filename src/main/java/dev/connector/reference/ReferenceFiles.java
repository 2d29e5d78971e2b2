package dev.connector.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the reference data files shipped under {@code src/main/resources/reference}. */
final class ReferenceFiles {

    private ReferenceFiles() {
    }

    static InputStream open(String name) {
        InputStream stream = ReferenceFiles.class.getResourceAsStream("/reference/" + name);
        if (stream == null) {
            throw new IllegalStateException("The reference data file reference/" + name + " is missing from the classpath.");
        }
        return stream;
    }

    /**
     * The rows of a semicolon-separated file, skipping blank lines and {@code #} comments; every row must have
     * exactly {@code columns} fields (the last one may be empty).
     */
    static List<String[]> rows(String name, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(name), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split(";", -1);
                if (fields.length != columns) {
                    throw new IllegalStateException("reference/" + name + " line " + number + " has " + fields.length
                            + " fields instead of " + columns + ": " + line);
                }
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = fields[i].strip();
                }
                rows.add(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference/" + name, e);
        }
        return rows;
    }
}
