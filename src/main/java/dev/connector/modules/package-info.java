/**
 * How a feature package plugs into the server. Each feature package has one public {@code *Module} type
 * ({@link dev.connector.modules.FeatureModule}); the composition root in {@code app} builds the
 * {@link dev.connector.modules.Platform}, then installs the modules in dependency order on one
 * {@link dev.connector.modules.Registrar}.
 *
 * <p>Role names inside a feature package: {@code *Module} wires the package; {@code *Store} holds its SQL;
 * {@code *Operations} holds the handlers of API operations (one method per operation, with a nested record per
 * request and response shape); {@code *DemoSeed} adds its demo data; {@code *Admin} serves admin API routes.
 */
package dev.connector.modules;
