package dev.connector.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One bounded measurement that starts what it needs on 127.0.0.1 and stops by itself. */
interface Scenario {

    String name();

    List<Section> run(Settings settings) throws Exception;

    /** How long each load phase lasts, where scratch data goes and which stores to measure. */
    record Settings(boolean quick, Path scratch, List<String> storeKinds) {

        int seconds(int full, int quickSeconds) {
            return quick ? quickSeconds : full;
        }

        /** The chosen stores that can run here; an unreachable PostgreSQL is noted in the section and skipped. */
        List<String> stores(Section section) {
            List<String> runnable = new ArrayList<>();
            for (String kind : storeKinds) {
                if (kind.equals("postgresql") && !Store.postgresqlReachable()) {
                    section.note("PostgreSQL unreachable at 127.0.0.1:5432: its rows were not measured.");
                } else {
                    runnable.add(kind);
                }
            }
            return runnable;
        }
    }
}
