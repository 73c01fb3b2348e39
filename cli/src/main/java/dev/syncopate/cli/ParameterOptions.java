package dev.syncopate.cli;

import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code -P name=value}, repeatable: the script parameters of {@code run}, {@code check} and
 * {@code schedule}, mixed in with {@code @Mixin ParameterOptions params;}. A value without '=' is
 * refused by {@link Errors} ({@code -P keep: expected name=value}), which tells it by the Map type.
 */
final class ParameterOptions {
    @Option(names = "-P", paramLabel = "name=value", description = "a parameter, params.name in the script"
            + " (repeatable)")
    private final Map<String, String> values = new LinkedHashMap<>();

    /** The parameters in the order given; a name given twice keeps its last value. */
    Map<String, String> values() {
        return values;
    }

    /**
     * {@code schedule} does not run the script but passes the parameters on to {@code run}, and its help
     * says so: {@code @Command(modelTransformer = ParameterOptions.PassedOnToRun.class)}.
     */
    static final class PassedOnToRun implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            OptionSpec p = spec.findOption("-P");
            spec.remove(p);
            spec.addOption(p.toBuilder().description("a parameter passed on to run (repeatable)").build());
            return spec;
        }
    }
}
