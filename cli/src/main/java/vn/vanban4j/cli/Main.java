package vn.vanban4j.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.vanban4j.Vanban4j;
import vn.vanban4j.model.Message;
import vn.vanban4j.model.PlanFormatException;

/**
 * The vanban4j command line: {@code java -jar vanban4j.jar COMMAND ...}. Exit codes: 0 success,
 * 1 invalid input, 2 usage error, 3 (import) a plan written with header fields missing. Errors are one
 * line naming the file and what is wrong; {@code --debug} adds the stack trace. The library's errors and
 * a plan's diagnostics are in the language of {@code --lang vi|en}, else Vietnamese when the
 * environment's LC_ALL or LANG starts with "vi", else English.
 */
public final class Main {
    static final int OK = 0;
    static final int INVALID = 1;
    static final int USAGE = 2;

    /** A command: reads its arguments, writes its results (errors in {@code locale}'s language), returns the exit code. */
    interface Command {
        int run(List<String> args, PrintStream out, PrintStream err, Locale locale) throws IOException;
    }

    /** A command that prints no message of the library itself. */
    interface PlainCommand {
        int run(List<String> args, PrintStream out, PrintStream err) throws IOException;
    }

    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final Map<String, String> usages = new LinkedHashMap<>();
    private final Map<String, String> environment;

    Main() {
        this(System.getenv());
    }

    /** A command line whose default language comes from {@code environment}'s LC_ALL and LANG. */
    Main(Map<String, String> environment) {
        this.environment = environment;
        addLocalized("validate", "validate FILE.json [--json]   check a plan file; every problem with its JSON path",
                PlanCommands::validate);
        add("show", "show FILE.json [--json]       number, title, sections and tasks with their deadlines",
                PlanCommands::show);
        add("deadline", "deadline \"PHRASE\" [--issued DATE] [--events FILE] [--no-rollforward] [--json]",
                RuleCommands::deadline);
        add("lunar", "lunar DATE [--json]            the lunar date of a solar date", RuleCommands::lunar);
        add("calendar", "calendar YEAR [--json]         days off and make-up working days", RuleCommands::calendar);
        add("obligations", "obligations FILE.json --org ORG.json --as-of DATE [--format table|json|ics|xlsx] [-o OUT]"
                + " [--events FILE] [--submissions FILE]", RuleCommands::obligations);
        addLocalized("check", "check FILE.json [--json]       mistakes in a plan, with codes; exit 1 on errors", RuleCommands::check);
        addLocalized("render", "render FILE.json [--format docx|pdf|html] [--pdfa] [--profile ID] [--templates DIR] [--draft] [--extras FILE.json] [--pdf-timeout S] -o OUT|- [--watch]",
                RenderCommand::run);
        addLocalized("preview", "preview --templates DIR --data FILE.json [--extras FILE.json] [--port N] [--profile ID|FILE]   live page on 127.0.0.1",
                PreviewCommand::run);
        add("templates", "templates export DIR [--force]   the shipped templates, profiles and blocks.xsd, to edit",
                TemplatesCommand::run);
        add("report", "report blank-forms PLAN.json -o DIR [--forms FORMS.json] | report consolidate PLAN.json DIR"
                + " [--org ORG.json] --as-of DATE -o OUTDIR [--forms FORMS.json]", ReportCommand::run);
        add("import", "import FILE.(docx|pdf|txt) -o PLAN.json [--json]   read a document in; exit 3 when header fields are missing",
                ImportCommand::run);
        add("verify", "verify FILE.pdf [--trust CERTS.pem|KEYSTORE] [--json]   every signature checked; exit 1 when one is not intact",
                VerifyCommand::run);
        add("sign", "sign FILE.pdf --keystore KS.p12 --password-env VAR [--alias A] [--role signer|body] [--image PNG] [--seal PNG]"
                + " [--at PAGE:X,Y,W,H | --attachment] [--reference TEXT] [--tsa URL] [--font TTF] -o SIGNED.pdf", SignCommand::run);
        add("edxml", EdxmlCommand.USAGE, EdxmlCommand::run);
        addLocalized("samples", "samples OUTDIR [--pdf-timeout S] write the sample documents into OUTDIR", SampleCommand::run);
    }

    private void add(String name, String usage, PlainCommand command) {
        addLocalized(name, usage, (args, out, err, locale) -> command.run(args, out, err));
    }

    private void addLocalized(String name, String usage, Command command) {
        commands.put(name, command);
        usages.put(name, usage);
    }

    // --lang vi|en, else vi when LC_ALL or LANG starts with "vi", else English; null for another --lang
    private Locale locale(String lang) {
        if (lang != null) {
            return switch (lang) {
                case "vi" -> Message.VIETNAMESE;
                case "en" -> Locale.ENGLISH;
                default -> null;
            };
        }
        String all = environment.get("LC_ALL");
        String language = all != null && !all.isEmpty() ? all : environment.getOrDefault("LANG", "");
        return language.startsWith("vi") ? Message.VIETNAMESE : Locale.ENGLISH;
    }

    public static void main(String[] args) {
        quietLogging();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(new Main().run(args, out, err));
    }

    /** POI logs through the Log4j API; the command line has no Log4j back end and wants no noise. */
    static void quietLogging() {
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("log4j2.simplelogLevel", "OFF");
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("help")) {
            usage(args.length == 0 ? err : out);
            return args.length == 0 ? USAGE : OK;
        }
        boolean debug = Arrays.asList(args).contains("--debug");
        if (debug) {
            args = Arrays.stream(args).filter(a -> !a.equals("--debug")).toArray(String[]::new);
        }
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        int at = rest.indexOf("--lang");
        String lang = null;
        if (at >= 0) {
            if (at + 1 >= rest.size()) {
                err.println("vanban4j: --lang needs vi or en");
                return USAGE;
            }
            lang = rest.remove(at + 1);
            rest.remove(at);
        }
        Locale locale = locale(lang);
        if (locale == null) {
            err.println("vanban4j: --lang " + lang + ": give vi or en");
            return USAGE;
        }
        args = rest.toArray(String[]::new);
        if (args.length == 0) {
            usage(err);
            return USAGE;
        }
        Command command = commands.get(args[0]);
        if (command == null) {
            err.println("vanban4j: unknown command '" + args[0] + "'");
            usage(err);
            return USAGE;
        }
        try {
            return command.run(Arrays.asList(args).subList(1, args.length), out, err, locale);
        } catch (UsageException e) {
            err.println("vanban4j " + args[0] + ": " + e.getMessage());
            err.println("usage: vanban4j " + usages.get(args[0]));
            return USAGE;
        } catch (PlanFormatException e) {
            err.println(e.message(locale));
            return INVALID;
        } catch (NoSuchFileException e) {
            err.println("vanban4j " + args[0] + ": no such file: " + e.getFile());
            return INVALID;
        } catch (IOException e) {
            err.println("vanban4j " + args[0] + ": " + e.getMessage());
            return INVALID;
        } catch (RuntimeException e) {
            // whatever went wrong is said on one line; --debug shows where in the code
            String message = e.getMessage() == null ? e.getClass().getSimpleName()
                    : Vanban4j.describe(e, locale).lines().findFirst().orElse("");
            err.println("vanban4j " + args[0] + ": " + message);
            if (debug) {
                e.printStackTrace(err);
            }
            return INVALID;
        }
    }

    private void usage(PrintStream out) {
        out.println("usage: java -jar vanban4j.jar [--lang vi|en] COMMAND [ARGS]   (--lang: the language of errors; else LANG)");
        usages.values().forEach(u -> out.println("  " + u));
    }
}
