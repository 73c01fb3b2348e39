package dev.syncopate;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The engine's packages form DESIGN.md §3's pipeline with every dependency pointing down it: no
 * package cycles, no stage that knows a later one, nothing outside the JDK. Where the layers differ
 * from the diagram's reading order it is on purpose: scan, march and classify never read the
 * options, so {@code options} (with the user {@code hooks} it carries, which see a file's class)
 * sits above them and below every stage that does; {@code event} is the vocabulary the stages
 * report in, so it sits below {@code plan}, which already names a file's disposition.
 * Test classes are left out: a test may build fixtures from any package.
 */
@AnalyzeClasses(packages = "dev.syncopate", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    static final ArchitectureRules.Layers PIPELINE = ArchitectureRules.layers("dev.syncopate")
            .layer("fs")                        // what a file-system provider tells the engine
            .layer("scan")
            .layer("march", "classify")
            .layer("hooks")
            .layer("options")
            .layer("select")
            .layer("event")
            .layer("plan")
            .layer("execute")
            .layer("summary", "report", "retention")
            .layer("log")                       // the Robocopy log; opens the JSON report beside it
            .layer("sync");                     // runs the pipeline

    @ArchTest
    static final ArchRule noPackageCycles = ArchitectureRules.noPackageCycles("dev.syncopate");

    @ArchTest
    static final ArchRule pipelineLayers = PIPELINE.rule();

    @ArchTest
    static final ArchRule jdkOnly = ArchitectureRules.dependOnlyOnJdkAnd(PIPELINE.packages());
}
