package dev.syncopate;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The module graph of the whole product, checked on its compiled classes (this module sees them all):
 * engine ← remote ← shared ← dsl ← cli, each depending only on the ones before it, and no two
 * packages importing each other in a circle, inside a module or across. A new upward import or a
 * new cycle fails here with the offending class and line.
 *
 * <pre>{@code
 * // a new top-level package: add it to MODULES under the module that holds it
 * }</pre>
 */
class ModulesTest {
    /** Each module's packages, in dependency order (a module may use only those before it). */
    static final Map<String, List<String>> MODULES = new LinkedHashMap<>();

    static {
        MODULES.put("engine", List.of("classify", "event", "execute", "fs", "hooks", "log", "march", "options",
                "plan", "report", "retention", "scan", "select", "summary", "sync"));
        MODULES.put("remote", List.of("remote"));
        MODULES.put("shared", List.of("settings", "secret", "job", "platform", "process", "monitor"));
        MODULES.put("dsl", List.of("dsl", "metrics"));
        MODULES.put("cli", List.of("cli", "robocopy", "schedule", "runstate"));
    }

    /**
     * The product's classes only: the other modules come as classes folders or, once Maven has packaged
     * them, as jars; their test jars (the remote fixtures) are not product.
     */
    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("dev.syncopate");

    private static String[] packagesOf(String module) {
        return MODULES.get(module).stream().map(p -> "dev.syncopate." + p + "..").toArray(String[]::new);
    }

    @Test
    void modulesDependOnlyOnTheModulesBeforeThem() {
        List<String> names = new ArrayList<>(MODULES.keySet());
        var layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String module : names) {
            layers = layers.layer(module).definedBy(packagesOf(module));
        }
        for (int i = 0; i < names.size(); i++) {
            List<String> above = names.subList(i + 1, names.size());
            layers = above.isEmpty() ? layers.whereLayer(names.get(i)).mayNotBeAccessedByAnyLayer()
                    : layers.whereLayer(names.get(i)).mayOnlyBeAccessedByLayers(above.toArray(String[]::new));
        }
        layers.check(PRODUCT);
    }

    @Test
    void noPackageImportsInACircle() {
        slices().matching("dev.syncopate.(**)").should().beFreeOfCycles().check(PRODUCT);
    }

    /** The table above is the Maven modules: each class is compiled in the module the table names. */
    @Test
    void everyClassLivesInTheModuleThatTheTableNames() {
        List<String> misplaced = new ArrayList<>();
        for (JavaClass c : PRODUCT) {
            String top = c.getPackageName().replaceFirst("^dev\\.syncopate\\.?", "").replaceFirst("\\..*", "");
            String module = MODULES.entrySet().stream().filter(e -> e.getValue().contains(top))
                    .map(Map.Entry::getKey).findFirst().orElse("<no module>");
            String where = c.getSource().map(s -> s.getUri().toString()).orElse("");
            if (!where.contains("/" + module + "/target/")) {
                misplaced.add(c.getName() + " (table: " + module + ", compiled at " + where + ")");
            }
        }
        assertEquals(List.of(), misplaced);
    }
}
