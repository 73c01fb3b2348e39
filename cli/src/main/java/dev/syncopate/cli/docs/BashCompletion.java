package dev.syncopate.cli.docs;

import dev.syncopate.robocopy.SwitchNames;
import picocli.AutoComplete;
import picocli.CommandLine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bash completion script of {@code syncopate}: picocli's {@link AutoComplete} for the commands and
 * their options, with the {@code robocopy} function replaced by one that offers Robocopy's switches.
 * zsh runs the same script after {@code autoload -U +X bashcompinit && bashcompinit}.
 *
 * <pre>{@code
 * Files.writeString(Path.of("syncopate.bash"), BashCompletion.script(CommandModel.full()));
 * // $ source syncopate.bash; syncopate robocopy src dst /MI<TAB>   ->  /MIR /MIN: /MINAGE: ...
 * }</pre>
 */
public final class BashCompletion {
    /** The function AutoComplete writes for {@code robocopy}, up to its closing brace at the start of a line. */
    private static final Pattern ROBOCOPY_FUNCTION =
            Pattern.compile("(?ms)^function _picocli_syncopate_robocopy\\(\\) \\{\\n.*?^\\}\\n");

    private BashCompletion() {
    }

    /** The whole script for the command line {@code syncopate}; fails if picocli's layout changed. */
    public static String script(CommandLine syncopate) {
        String generated = AutoComplete.bash("syncopate", syncopate);
        Matcher m = ROBOCOPY_FUNCTION.matcher(generated);
        if (!m.find()) {
            // a newer picocli writes the function differently: better no build than a completion without switches
            throw new IllegalStateException("picocli's completion script has no _picocli_syncopate_robocopy function");
        }
        String flags = String.join(" ", syncopate.getSubcommands().get("robocopy").getCommandSpec().optionsMap().keySet());
        return generated.substring(0, m.start()) + robocopyFunction(flags) + generated.substring(m.end());
    }

    /**
     * Robocopy mode parses its own arguments, so picocli's model knows no switch. A word starting with
     * {@code /} may be a switch or an absolute path: offer both. After a switch that takes a value behind
     * its colon ({@code /LOG:}) no space is added, so the value follows at once.
     */
    private static String robocopyFunction(String flags) {
        return """
                # Generates completions for `robocopy`: Robocopy's switches (from Syncopate's switch table), files.
                function _picocli_syncopate_robocopy() {
                  local curr_word=${COMP_WORDS[COMP_CWORD]}
                  local flag_opts="%s"
                  local switches="%s"
                  local IFS=$'\\n'
                  if [[ "${curr_word}" == -* ]]; then
                    COMPREPLY=( $(compgen -W "${flag_opts// /$'\\n'}" -- "${curr_word}") )
                  elif [[ "${curr_word}" == /* ]]; then
                    # switches in any case: /mi offers /MIR (tr, not ${x^^}, which zsh's bashcompinit lacks)
                    local upper=$(printf '%%s' "${curr_word}" | tr '[:lower:]' '[:upper:]')
                    COMPREPLY=( $(compgen -W "${switches// /$'\\n'}" -- "${upper}") $(compgen -f -- "${curr_word}") )
                  else
                    COMPREPLY=( $(compgen -f -- "${curr_word}") )
                  fi
                  if [[ ${#COMPREPLY[@]} -eq 1 && "${COMPREPLY[0]}" == *: ]]; then
                    type compopt &>/dev/null && compopt -o nospace
                  fi
                }
                """.formatted(flags, String.join(" ", SwitchNames.forCompletion()));
    }
}
