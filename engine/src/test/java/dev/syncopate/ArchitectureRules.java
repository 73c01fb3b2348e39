package dev.syncopate;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The dependency rules every module checks its own classes against, so a package cycle or a
 * dependency that points up the stack fails a build instead of waiting for a reviewer. Module-neutral:
 * packages are named relative to a root, and a layer may hold several packages.
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "dev.syncopate", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *     static final ArchitectureRules.Layers LAYERS = ArchitectureRules.layers("dev.syncopate")
 *             .layer("scan").layer("march", "classify").layer("sync");
 *     @ArchTest static final ArchRule noCycles = ArchitectureRules.noPackageCycles("dev.syncopate");
 *     @ArchTest static final ArchRule layering = LAYERS.rule();
 * }
 * }</pre>
 */
public final class ArchitectureRules {
    private ArchitectureRules() {
    }

    /** No cycle among the packages directly under {@code root}, each taken with its sub-packages. */
    public static ArchRule noPackageCycles(String root) {
        return slices().matching(root + ".(*)..").namingSlices("$1")
                .should().beFreeOfCycles()
                .as("the packages under " + root + " are free of cycles");
    }

    /**
     * The classes depend on nothing but the JDK's {@code java.*} packages and {@code packages}
     * (ArchUnit package identifiers such as {@code dev.syncopate.scan..}).
     */
    public static ArchRule dependOnlyOnJdkAnd(List<String> packages) {
        String[] allowed = Stream.concat(Stream.of("java.."), packages.stream()).toArray(String[]::new);
        return classes().should().onlyDependOnClassesThat().resideInAnyPackage(allowed)
                .as("classes depend only on the JDK (java..) and " + packages);
    }

    /** Starts a stack of layers under {@code root}, listed from the bottom up. */
    public static Layers layers(String root) {
        return new Layers(root, List.of());
    }

    /**
     * Layers from the bottom up: a layer depends only on itself and the layers below it. The
     * packages of one layer are siblings and may use each other ({@link #noPackageCycles} still
     * keeps them apart). Every package under the root must be in some layer, so a new package is
     * placed on purpose.
     */
    public static final class Layers {
        private final String root;
        private final List<List<String>> layers;

        private Layers(String root, List<List<String>> layers) {
            this.root = root;
            this.layers = layers;
        }

        /** A new top layer made of these packages (names relative to the root, e.g. {@code "scan"}). */
        public Layers layer(String... packages) {
            List<List<String>> more = new ArrayList<>(layers);
            more.add(List.of(packages));
            return new Layers(root, List.copyOf(more));
        }

        /** Every layer's packages as ArchUnit identifiers ({@code root.name..}), bottom first. */
        public List<String> packages() {
            return layers.stream().flatMap(List::stream).map(this::identifier).toList();
        }

        /** No layer depends on one above it, and every class under the root lies in a layer. */
        public ArchRule rule() {
            ArchRule placed = classes().that().resideInAPackage(root + "..")
                    .should().resideInAnyPackage(packages().toArray(String[]::new))
                    .as("every class under " + root + " lies in a layer");
            CompositeArchRule all = CompositeArchRule.of(placed);
            for (int i = 0; i < layers.size() - 1; i++) {
                List<String> above = layers.subList(i + 1, layers.size()).stream().flatMap(List::stream).toList();
                all = all.and(noClasses().that().resideInAnyPackage(identifiers(layers.get(i)))
                        .should().dependOnClassesThat().resideInAnyPackage(identifiers(above))
                        .as("layer " + layers.get(i) + " does not depend on the layers above it " + above));
            }
            return all.as("each of the layers " + layers + " (bottom first) depends only on itself and the layers"
                    + " below it, and every class under " + root + " lies in one of them");
        }

        private String[] identifiers(List<String> names) {
            return names.stream().map(this::identifier).toArray(String[]::new);
        }

        private String identifier(String name) {
            return root + "." + name + "..";
        }

        @Override
        public String toString() {
            return root + " " + Arrays.deepToString(layers.toArray());
        }
    }
}
