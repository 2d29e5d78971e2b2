package dev.connector.console;

import dev.connector.modules.FeatureModule;
import dev.connector.modules.Registrar;

/**
 * The web console at {@code /console}: static pages, shipped in the jar, that speak only to the admin API. The pages
 * hold no secret and add no trust: every call they make carries the admin token the user types in.
 */
public final class ConsoleModule implements FeatureModule {

    @Override
    public void register(Registrar registrar) {
        registrar.routes(new ConsoleFiles(ConsoleFiles.class.getClassLoader(), "console/"));
    }
}
