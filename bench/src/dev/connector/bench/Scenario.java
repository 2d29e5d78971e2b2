package dev.connector.bench;

/** One bounded measurement that starts what it needs on 127.0.0.1 and stops by itself. */
interface Scenario {

    String name();

    Section run(Settings settings) throws Exception;

    /** How long each load phase lasts, and where scratch data goes. */
    record Settings(boolean quick, java.nio.file.Path scratch) {

        int seconds(int full, int quickSeconds) {
            return quick ? quickSeconds : full;
        }
    }
}
