// SPDX-License-Identifier: EPL-2.0
package org.curriculum.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.curriculum.cli.internal.Arguments;
import org.curriculum.cli.internal.CoverageCommand;
import org.curriculum.cli.internal.DiffCommand;
import org.curriculum.cli.internal.MergeCommand;
import org.curriculum.cli.internal.NewCommand;
import org.curriculum.cli.internal.OutputPolicy;
import org.curriculum.cli.internal.UsageException;
import org.curriculum.core.compare.GitMergeDriver;
import org.curriculum.core.coverage.GridOrientation;
import org.curriculum.core.resources.AtomicFile;
import org.curriculum.core.resources.ModelFiles;
import org.curriculum.core.resources.ModelLoadException;
import org.curriculum.core.resources.ModelSaveException;
import org.curriculum.core.validation.ModelValidation;
import org.curriculum.core.validation.ValidationProblem;
import org.curriculum.examples.ExampleModels;
import org.curriculum.excel.ExportKind;
import org.curriculum.excel.FrameworkImporter;
import org.curriculum.excel.FrameworkTemplate;
import org.curriculum.excel.GridImporter;
import org.curriculum.excel.ImportedModel;
import org.curriculum.excel.SpreadsheetImportException;
import org.curriculum.model.MappingSet;
import org.curriculum.model.StandardsFramework;
import org.curriculum.model.labels.ElementLabels;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * The {@code workbench} subcommands, independent of OSGi: {@code new WorkbenchCommandLine(out, err).run(args)}
 * prints results on {@code out}, progress and errors on {@code err}, and returns the exit status:
 * {@value #OK} success, {@value #FAILED} validation errors or a failed import/export, {@value #USAGE} a
 * wrong command line.
 */
public final class WorkbenchCommandLine {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private static final Map<String, String> COMMANDS = new LinkedHashMap<>();
    private static final Map<String, String> HELP = new LinkedHashMap<>();

    static {
        COMMANDS.put("examples", "copy the bundled example models into a folder and list them");
        COMMANDS.put("validate", "check model files; one diagnostic per line, exit 1 on any error");
        COMMANDS.put("coverage", "print the coverage analysis of a mapping (text, csv or json)");
        COMMANDS.put("pathways", "count valid and minimal pathways of a qualification, or check a selection");
        COMMANDS.put("export", "write an Excel workbook (coverage grid, links, curriculum, coverage report) or a CASE package");
        COMMANDS.put("import", "read a framework, a grid or a second round of review from a spreadsheet, or a CASE package");
        COMMANDS.put("review", "the council review of a mapping: counts per state, queried and rejected cells, gaps");
        COMMANDS.put("compose", "relate two frameworks through a third: derived links from two mappings onto it");
        COMMANDS.put("new", "create a new curriculum, qualification, framework or mapping file, as the New wizards do");
        COMMANDS.put("diff", "list what changed between two versions of a model file (files or REV:PATH in Git)");
        COMMANDS.put("merge", "three-way merge of a model file by element id; also git's merge driver");
        COMMANDS.put("git-setup", "make git merge and git pull merge model files with the workbench");
        HELP.put("examples", """
                usage: workbench examples DIR [--force]
                Copies the example models (seed documents: BTEC Level 3 Contact Centre Operations, its NOS and
                Functional Skills mappings, the Contact Centre Manager curriculum, ...) into DIR, creating it if
                needed, and lists them. Example files already in DIR are replaced only with --force.""");
        HELP.put("validate", """
                usage: workbench validate FILE...
                Loads the files together (so references between them resolve) and validates every model with
                the workbench's constraints (duplicate codes, dangling references, rules of combination,
                traceability, weightings, ...). Prints one line per problem: FILE: SEVERITY: ELEMENT: MESSAGE.
                Exit status 1 if any error (warnings alone give 0).""");
        HELP.put("coverage", """
                usage: workbench coverage MAPPING_FILE [--format text|csv|json]
                For every standard of the mapping's target framework: the items covering it and how (partial,
                full); for every item: how many standards it covers; framework coverage in percent.
                The curriculum and framework the mapping refers to are loaded from beside it.""");
        HELP.put("review", """
                usage: workbench review MAPPING_FILE [--format text|json|xlsx] [-o OUT] [--force]
                Where the review of the grid stands: the links per review state (accepted, queried, rejected,
                proposed), every queried and rejected cell (e.g. 304 x CC09) with its comments, the unjustified
                gaps (standards no item covers and no accepted gap review justifies), the share of the grid
                reviewed (one decision per link and per gap) and the coverage figures. --format xlsx writes the
                review workbook (figures with two charts, the queried and rejected cells, the gaps) and needs
                -o OUT.xlsx; text and json go to standard output unless -o is given. A link never reviewed
                reads as proposed, or as accepted in a mapping marked as an approved publication.
                A second round answered in Excel comes back with 'workbench import review'.""");
        HELP.put("pathways", """
                usage: workbench pathways QUALIFICATION_FILE [--check UNIT...] [--format text|json]
                Counts the valid and minimal pathways through the qualification's rules of combination and
                prints the shortest routes (least GLH, least credit); with --check UNIT..., checks one selection
                of units given by number and names every rule it breaks (exit status 1 if it breaks any).""");
        HELP.put("export", """
                usage: workbench export FILE -o OUT.xlsx [--kind grid|links|curriculum|coverage|review] [--transpose] [--force]
                       workbench export CURRICULUM_FILE -o OUT.docx --kind specification [--with FILE...] [--force]
                       workbench export FILE -o OUT.json --kind case [--force]
                  --kind grid        (mapping files; default) the coverage grid laid out like a published annex,
                                     with the Links and Legend sheets; re-importable exactly
                  --kind links       (mapping files) the links in long format and the legend
                  --kind coverage    (mapping files) coverage report: gaps, partial only, optional only, unused items
                  --kind review      (mapping files) review report: figures and charts, queried and rejected cells,
                                     unjustified gaps (as 'workbench review --format xlsx')
                  --kind curriculum  (curriculum files; default for them) profile, modules, units, qualifications
                  --kind specification (curriculum files) the Word specification document: a qualification with
                                     its units, an occupational curriculum, or units of competency; --with adds
                                     mapping files as annexe grids and other curriculum files' guidance documents
                                     (e.g. a topic synopsis) as appendices; missing fields show as [not given]
                                     and are listed as warnings
                  --transpose        grid with units as rows and standards as columns
                  --kind case        (any model file) a CASE 1.1 package (JSON): items, isChildOf hierarchy, links
                                     as associations; what CASE has no field for rides in extensions, so that
                                     'import case' gives the same model back
                The file is written to a temporary file and renamed into place when complete; the output is never
                the exported file itself, and an existing output is replaced only with --force.""");
        HELP.put("import", """
                usage: workbench import framework IN.xlsx|IN.csv -o OUT.standards [--force]
                       workbench import grid IN.xlsx -o OUT.mapping --against CURRICULUM_FILE FRAMEWORK_FILE... [--force]
                       workbench import case IN.json -o OUT.standards|OUT.curriculum [--force]
                       workbench import case IN.json -o OUT.mapping --against SOURCE_FILE TARGET_FILE [--force]
                       workbench import review LINKS.xlsx --into MAPPING_FILE -o OUT.mapping [--reviewer NAME] [--force]
                       workbench import template OUT.xlsx|OUT.csv [--force]
                framework  reads a standards framework typed in the template (columns Code, Title, Parent code,
                           Type, Description; other columns are kept as notes)
                grid       reads a coverage grid: one exported by the workbench (exact round trip), or a plain
                           published grid (standard titles in column A, a header row of unit numbers, marks;
                           a mark is partial coverage unless the key or the mark says full)
                case       reads a CASE 1.1 package (ours or another tool's: bare document, CFPackage wrapper,
                           several documents); what has no place in the model is kept aside and listed
                review     reads a second round of review from the Links sheet of a grid or links export: the
                           Review state, Reviewer and Reviewed on cells a reviewer changed and the New comment
                           cells (added to each link's thread); a reviewer cell left blank or as exported is
                           --reviewer NAME (default: the user's name), such a date cell is today; rows are
                           matched by their hidden link ID
                template   writes the empty framework template
                Nothing is written unless the whole file imports; errors name the file, sheet, row and column.
                The output is never one of the inputs; an existing output is replaced only with --force.""");
        HELP.put("compose", """
                usage: workbench compose A.mapping B.mapping -o OUT.mapping [--force]
                A maps X onto S and B maps Y onto S (the same framework file): OUT maps X to Y, one link per pair of
                items that cover a standard of S in common. Each link is derived, not asserted: partial, authored
                "derived by composition (unreviewed)", its rationale the path (each shared standard with the
                coverage on each side). Confirm or delete each link; OUT opens in the matrix and exports like
                any mapping.""");
        HELP.put("new", """
                usage: workbench new curriculum -o OUT.curriculum --ofo CODE --occupation NAME [--tasks N] [--force]
                       workbench new qualification -o OUT.curriculum --title T --number QN --level L --credits C
                                 [--glh G] [--units N] [--mandatory M] [--force]
                       workbench new framework -o OUT.standards --title T [--version V] [--publisher P]
                                 [--prefix CC] [--standards N] [--force]
                       workbench new mapping -o OUT.mapping --source FILE --target FILE [--force]   (any two .curriculum/.standards files)
                curriculum     occupational profile (OFO code: six digits, e.g. 143905 or 2021-143905) with N tasks
                               (1-50, default 5), each with a responsibility, a context, a practical skills and a
                               work experience module; one knowledge module covering every task
                qualification  regulated qualification (QN of the form 600/1636/X, level 1-8, credits 1-999, GLH
                               0-9999, default 0) with N units (1-100, default 6); the first M (default 3) form the
                               mandatory group of the rules of combination, the others the optional group
                framework      standards framework (version default 1.0) with N standards (0-999, default 10)
                               coded CC01, CC02, ... (prefix: a letter and up to nine letters or digits, default STD)
                mapping        empty mapping set from --source to --target (any two frameworks: a curriculum or a
                               standards framework in either role); the saved file refers to
                               both by relative path, so move the three files together
                The skeleton is the one the workbench's New wizards create: titles are placeholders to fill in.
                An existing output file is never replaced unless --force is given; the file is written to a
                temporary file and renamed into place when complete.""");
    }

    static {
        HELP.put("diff", """
                usage: workbench diff OLD NEW [--format text|json|xlsx] [-o OUT.xlsx [--force]] [--repo DIR]
                OLD and NEW are two versions of one model file: files, or REV:PATH for the file PATH (relative to
                the top of the repository, as in 'git show REV:PATH') as it was in revision REV (HEAD~1, a branch,
                a tag, a commit id) of the Git repository holding DIR (default: the current folder). Lists the elements added, removed, moved to another parent and changed, each with
                its path (Unit 304 > LO 2 > AC 2.3: title "..." -> "..."), changes to rules of combination, and a
                mapping's changes as grid cells (304 x CC09: partial -> full). Elements are matched by id; when the
                ids were regenerated, by code and number, with a warning. Reordering within a parent is not listed.
                  --format text   (default) the report on the standard output
                  --format json   the same as JSON
                  --format xlsx   a workbook (Summary and Changes sheets) written to -o OUT.xlsx
                Exit status 0 when compared (with or without changes), 1 when a version cannot be read (no such
                file or revision, a path outside the repository, a repository with no commits) or the two are
                different kinds of model.""");
        HELP.put("merge", """
                usage: workbench merge BASE OURS THEIRS -o OUT [--force]
                       workbench merge BASE OURS THEIRS --git --path PATH
                Merges by element id the changes from BASE to THEIRS into OURS: changes to different elements or
                to different features of one element combine. A feature changed both ways is a conflict: the
                merged file keeps our value, each conflict is printed with both values and recorded in the file as
                a property 'merge-conflict' of its root (four lines: element id, PATH :: FEATURE, ours: VALUE,
                theirs: VALUE); delete the property once resolved. An element one side removed and the other
                changed is kept, as a conflict.
                  -o OUT   the merged file; never one of the inputs; an existing file only with --force
                  --git    git's merge driver form (see git-setup): writes the result into OURS; --path names the
                           file in the repository (git's %P), so that references to other files stay right
                Exit status 0 merged cleanly, 1 conflicts (the file is written with them recorded) or a failure
                (nothing written), 2 wrong command line.""");
        HELP.put("git-setup", """
                usage: workbench git-setup [REPO] [--command CMD]
                Registers the workbench's merge as the merge driver of the Git repository holding REPO (default:
                the current folder): sets merge.curriculum.name and merge.curriculum.driver in the repository's
                config and adds '*.curriculum merge=curriculum' (and .standards, .mapping) to .gitattributes at the
                top of its work tree, keeping the lines already there. Afterwards plain 'git merge' and 'git pull'
                merge model files by element id. CMD is how git starts the workbench (default: the ./workbench
                script that runs this command, else 'workbench' on the PATH). Commit .gitattributes so that every
                clone shares it; each clone runs git-setup once, since git never shares its config.""");
    }

    private final PrintStream out;
    private final PrintStream err;

    public WorkbenchCommandLine(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs one subcommand and returns its exit status. */
    public int run(String... args) {
        List<String> list = Arrays.asList(args);
        if (list.isEmpty() || list.get(0).equals("--help") || list.get(0).equals("-h") || list.get(0).equals("help")) {
            if (list.size() > 1 && HELP.containsKey(list.get(1))) {
                out.println(HELP.get(list.get(1)));
                return OK;
            }
            printGeneralHelp(list.isEmpty() ? err : out);
            return list.isEmpty() ? USAGE : OK;
        }
        String command = list.get(0);
        List<String> rest = list.subList(1, list.size());
        if (!COMMANDS.containsKey(command)) {
            err.println("workbench: unknown command '" + command + "'");
            printGeneralHelp(err);
            return USAGE;
        }
        if (rest.contains("--help") || rest.contains("-h")) {
            out.println(HELP.get(command));
            return OK;
        }
        try {
            return switch (command) {
            case "examples" -> examples(rest);
            case "validate" -> validate(rest);
            case "coverage" -> coverage(rest);
            case "pathways" -> pathways(rest);
            case "review" -> review(rest);
            case "export" -> export(rest);
            case "import" -> importCommand(rest);
            case "new" -> newCommand(rest);
            case "diff" -> DiffCommand.run(parse("diff", rest, Set.of("--force"), Set.of("--format", "--output", "--repo"),
                    Set.of()), out, err);
            case "merge" -> MergeCommand.run(parse("merge", rest, Set.of("--git", "--force"),
                    Set.of("--output", "--path"), Set.of()), out, err);
            case "git-setup" -> gitSetup(rest);
            case "compose" -> org.curriculum.cli.internal.ComposeCommand.run(
                    parse("compose", rest, Set.of("--force"), Set.of("--output"), Set.of()), out, err);
            default -> USAGE;
            };
        } catch (UsageException e) {
            err.println("workbench " + command + ": " + e.getMessage());
            err.println(HELP.get(command));
            return USAGE;
        } catch (ModelLoadException | ModelSaveException | SpreadsheetImportException e) {
            err.println("error: " + oneLine(e.getMessage()));
            return FAILED;
        } catch (IOException e) {
            err.println("error: " + oneLine(e.getMessage()));
            return FAILED;
        } catch (RuntimeException e) {
            err.println("error: " + command + " failed: " + oneLine(String.valueOf(e)));
            return FAILED;
        } catch (Error e) {
            // Nothing above this method would report it: Equinox logs it into a file and exits 0 as if all went well.
            err.println(describe(command, e));
            return FAILED;
        }
    }

    /**
     * A message as one line: it may quote a damaged file's content (a cell's text with a line break in it), and
     * a script reading the error line, or a user reading the last line, must see all of it. Control characters
     * are shown escaped.
     */
    static String oneLine(String message) {
        if (message == null) {
            return "(no detail given)";
        }
        StringBuilder line = new StringBuilder(message.length());
        for (char c : message.toCharArray()) {
            switch (c) {
            case '\n' -> line.append("\\n");
            case '\r' -> line.append("\\r");
            case '\t' -> line.append("\\t");
            default -> line.append(c < 0x20 || c == 0x7F ? String.format("\\u%04X", (int) c) : String.valueOf(c));
            }
        }
        return line.toString();
    }

    /**
     * One line saying that a command died of an {@link Error}, and what the user can do. Writes are atomic, so
     * no file is left half-written whatever the moment.
     */
    public static String describe(String command, Error e) {
        if (e instanceof OutOfMemoryError) {
            return "error: " + command + " ran out of memory (" + e.getMessage() + "): the input is too large for the "
                    + "memory this run may use; split it, or give the Java runtime more (-vmargs -Xmx4g); "
                    + "no file was left half-written";
        }
        if (e instanceof StackOverflowError) {
            return "error: " + command + " ran out of stack: the input nests elements too deeply to be processed; "
                    + "no file was left half-written";
        }
        return "error: " + command + " failed with an internal error (" + e + "); no file was left half-written";
    }

    private void printGeneralHelp(PrintStream stream) {
        stream.println("usage: workbench [COMMAND [ARGS...]]");
        stream.println("With no command, ./workbench starts the Curriculum Workbench window.");
        stream.println();
        stream.println("commands:");
        for (Map.Entry<String, String> command : COMMANDS.entrySet()) {
            stream.printf("  %-10s %s%n", command.getKey(), command.getValue());
        }
        stream.println();
        stream.println("'workbench COMMAND --help' explains a command. Exit status: 0 ok, 1 errors found or the work");
        stream.println("failed, 2 wrong command line.");
    }

    private static Arguments parse(String command, List<String> args, Set<String> flags, Set<String> single,
            Set<String> multi) throws UsageException {
        return new Arguments(command, args, flags, single, multi, Map.of("-o", "--output"));
    }

    // ------------------------------------------------------------------ examples

    private int examples(List<String> args) throws UsageException, IOException, ModelSaveException {
        Arguments a = parse("examples", args, Set.of("--force"), Set.of(), Set.of());
        a.expectPositional(1, 1, "DIR, the folder to copy the examples into");
        Path folder = Path.of(a.positional().get(0));
        for (ExampleModels.Example example : ExampleModels.ALL) {
            String name = example.fileName();
            OutputPolicy.check("examples", folder.resolve(name), "an example model", List.of(name.substring(name.lastIndexOf('.'))),
                    List.of(), a.has("--force"));
        }
        List<Path> written = ExampleModels.copyTo(folder);
        for (int i = 0; i < written.size(); i++) {
            out.printf("%-52s %s%n", written.get(i), ExampleModels.ALL.get(i).description());
        }
        err.println(written.size() + " example files written to " + folder.toAbsolutePath().normalize());
        return OK;
    }

    // ------------------------------------------------------------------ validate

    private int validate(List<String> args) throws UsageException, ModelLoadException {
        Arguments a = parse("validate", args, Set.of(), Set.of(), Set.of());
        a.expectPositional(1, Integer.MAX_VALUE, "FILE, one or more model files");
        List<Path> files = a.positional().stream().map(Path::of).toList();
        err.println("Loading " + files.size() + " file(s)...");
        ResourceSet resourceSet = ModelFiles.loadAll(files);
        int errors = 0;
        int warnings = 0;
        for (Path file : files) {
            Resource resource = ModelFiles.load(resourceSet, file);
            for (EObject root : resource.getContents()) {
                for (ValidationProblem problem : ModelValidation.validate(root)) {
                    if (problem.severity() == ValidationProblem.Severity.ERROR) {
                        errors++;
                    } else if (problem.severity() == ValidationProblem.Severity.WARNING) {
                        warnings++;
                    }
                    out.println(file + ": " + problem.severity() + ": " + problem.elementLabel() + ": " + problem.message());
                }
            }
        }
        err.println(files.size() + " file(s) validated: " + errors + " error(s), " + warnings + " warning(s)");
        return errors > 0 ? FAILED : OK;
    }

    // ------------------------------------------------------------------ coverage

    private int coverage(List<String> args) throws UsageException, ModelLoadException {
        Arguments a = parse("coverage", args, Set.of(), Set.of("--format"), Set.of());
        a.expectPositional(1, 1, "MAPPING_FILE");
        String format = a.value("--format", "text");
        if (!List.of("text", "csv", "json").contains(format)) {
            throw new UsageException("coverage", "unknown format '" + format + "'; use text, csv or json");
        }
        MappingSet mapping = loadMapping("coverage", Path.of(a.positional().get(0)));
        out.print(CoverageCommand.render(mapping, format));
        return OK;
    }

    private int review(List<String> args) throws UsageException, ModelLoadException, ModelSaveException, IOException {
        Arguments a = parse("review", args, Set.of("--force"), Set.of("--format", "--output"), Set.of());
        a.expectPositional(1, 1, "MAPPING_FILE");
        String format = a.value("--format", "text");
        if (!List.of("text", "json", "xlsx").contains(format)) {
            throw new UsageException("review", "unknown format '" + format + "'; use text, json or xlsx");
        }
        Path file = Path.of(a.positional().get(0));
        Path output = a.has("--output") ? Path.of(a.value("--output", "")) : null;
        if (format.equals("xlsx") && output == null) {
            throw new UsageException("review", "--format xlsx writes a workbook: give it with -o OUT.xlsx");
        }
        if (output != null) {
            OutputPolicy.check("review", output, format.equals("xlsx") ? "an Excel workbook" : "a " + format + " report",
                    List.of(format.equals("xlsx") ? ".xlsx" : format.equals("json") ? ".json" : ".txt"), List.of(file),
                    a.has("--force"));
        }
        MappingSet mapping = loadMapping("review", file);
        return org.curriculum.cli.internal.ReviewCommand.report(mapping, format, file, output, a.has("--force"), out, err);
    }

    private MappingSet loadMapping(String command, Path file) throws ModelLoadException, UsageException {
        err.println("Loading " + file + "...");
        ResourceSet resourceSet = ModelFiles.loadAll(List.of(file));
        return resolvedMapping(command, file, ModelFiles.load(resourceSet, file).getContents().get(0));
    }

    /** The mapping set of a loaded file, once its source and target frameworks are known to have loaded. */
    private static MappingSet resolvedMapping(String command, Path file, EObject root)
            throws ModelLoadException, UsageException {
        if (!(root instanceof MappingSet mapping)) {
            throw new UsageException(command, file + " holds " + ElementLabels.describe(root) + ", not a mapping set");
        }
        if (mapping.getSource() == null || mapping.getSource().eIsProxy()) {
            throw ModelFiles.unresolvedReference(file, "source framework", mapping.getSource());
        }
        if (mapping.getTarget() == null || mapping.getTarget().eIsProxy()) {
            throw ModelFiles.unresolvedReference(file, "target framework", mapping.getTarget());
        }
        return mapping;
    }

    // ------------------------------------------------------------------ pathways

    private int pathways(List<String> args) throws UsageException, ModelLoadException {
        Arguments a = parse("pathways", args, Set.of(), Set.of("--format"), Set.of("--check"));
        a.expectPositional(1, 1, "QUALIFICATION_FILE");
        return org.curriculum.cli.internal.PathwaysCommand.run(Path.of(a.positional().get(0)), a.values("--check"),
                a.has("--check"), a.value("--format", "text"), out, err);
    }

    // ------------------------------------------------------------------ export

    private int export(List<String> args) throws UsageException, ModelLoadException, ModelSaveException, IOException {
        Arguments a = parse("export", args, Set.of("--transpose", "--force"), Set.of("--output", "--kind"),
                Set.of("--with"));
        a.expectPositional(1, 1, "FILE, the model file to export");
        Path file = Path.of(a.positional().get(0));
        if ("case".equals(a.value("--kind", ""))) {
            // a CASE package is JSON, written by the CASE writer with its own summary line
            return org.curriculum.cli.internal.CaseCommand.export(file, Path.of(a.required("--output", "OUT.json")),
                    a.has("--force"), out, err);
        }
        Optional<ExportKind> named = Optional.empty();
        if (a.has("--kind")) {
            String kindName = a.value("--kind", "");
            // said before the model is loaded: a wrong command line should not wait for a large file
            named = Optional.of(ExportKind.byId(kindName).orElseThrow(() -> new UsageException("export",
                    "unknown kind '" + kindName + "'; use grid, links, curriculum, coverage, review, specification or case")));
        }
        // checked before loading: the kind named, or a default kind, which always writes a workbook
        String extension = named.orElse(ExportKind.GRID).outputExtension();
        Path output = Path.of(a.required("--output", "OUT" + extension));
        if (a.has("--with") && named.filter(kind -> kind == ExportKind.SPECIFICATION).isEmpty()) {
            throw new UsageException("export", "--with applies to --kind specification only");
        }
        List<Path> files = new ArrayList<>(List.of(file));
        a.values("--with").forEach(with -> files.add(Path.of(with)));
        OutputPolicy.check("export", output, extension.equals(".docx") ? "a Word document" : "an Excel workbook",
                List.of(extension), files, a.has("--force"));
        err.println("Loading " + file + "...");
        ResourceSet resourceSet = ModelFiles.loadAll(files);
        EObject root = ModelFiles.load(resourceSet, file).getContents().get(0);
        ExportKind kind = named.orElseGet(() -> ExportKind.defaultFor(root));
        boolean transpose = a.has("--transpose");
        if (transpose && kind != ExportKind.GRID) {
            throw new UsageException("export", "--transpose applies to --kind grid only");
        }
        if (!kind.accepts(root)) {
            throw new UsageException("export", "--kind " + kind.id() + " exports " + kind.sourceDescription() + "; "
                    + file + " holds " + ElementLabels.describe(root));
        }
        if (root instanceof MappingSet) {
            resolvedMapping("export", file, root);
        }
        List<EObject> companions = new ArrayList<>();
        for (Path with : files.subList(1, files.size())) {
            EObject added = ModelFiles.load(resourceSet, with).getContents().get(0);
            if (!kind.acceptsCompanion(added)) {
                throw new UsageException("export", "--with takes mapping files (annexes) and curriculum files "
                        + "(appendices); " + with + " holds " + ElementLabels.describe(added));
            }
            companions.add(added instanceof MappingSet ? resolvedMapping("export", with, added) : added);
        }
        // the published annexes put standards in rows; --transpose puts the items there
        GridOrientation orientation = transpose ? GridOrientation.ITEMS_IN_ROWS : GridOrientation.STANDARDS_IN_ROWS;
        AtomicFile.Content content = stream -> kind.write(root, orientation, companions,
                warning -> err.println("warning: " + warning), stream);
        err.println("Writing " + output + "...");
        try {
            AtomicFile.write(output, content);
        } catch (IllegalArgumentException e) {
            err.println("error: " + output + ": " + oneLine(e.getMessage()) + "; nothing was written");
            return FAILED;
        }
        out.println("wrote " + output + " (" + kind.id() + (transpose ? ", transposed" : "") + ")");
        return OK;
    }

    // ------------------------------------------------------------------ git-setup

    private int gitSetup(List<String> args) throws UsageException, IOException {
        Arguments a = parse("git-setup", args, Set.of(), Set.of("--command"), Set.of());
        a.expectPositional(0, 1, "REPO, a folder of the Git repository");
        Path folder = Path.of(a.positional().isEmpty() ? "." : a.positional().get(0));
        String script = System.getenv("CURRICULUM_WORKBENCH");
        String command = a.value("--command", script != null && !script.isBlank() ? shellQuoted(script) : "workbench");
        GitMergeDriver.Installed installed = GitMergeDriver.install(folder, command);
        out.println("merge driver '" + GitMergeDriver.NAME + "' set in " + installed.workTree() + ": " + installed.driver());
        out.println(installed.attributesAdded().isEmpty() ? ".gitattributes already names the driver"
                : ".gitattributes: added " + String.join(", ", installed.attributesAdded())
                        + " (commit it so that every clone uses the driver)");
        return OK;
    }

    /** A path as one word for the shell git runs the driver with. */
    private static String shellQuoted(String path) {
        return path.matches("[A-Za-z0-9_./+-]+") ? path : "'" + path.replace("'", "'\\''") + "'";
    }

    // ------------------------------------------------------------------ new

    private int newCommand(List<String> args) throws UsageException, ModelLoadException, ModelSaveException {
        Arguments a = parse("new", args, Set.of("--force"), NewCommand.OPTIONS, Set.of());
        return NewCommand.run(a, out, err);
    }

    // ------------------------------------------------------------------ import

    private int importCommand(List<String> args) throws UsageException, ModelLoadException, ModelSaveException,
            SpreadsheetImportException, IOException {
        Arguments a = parse("import", args, Set.of("--force"), Set.of("--output", "--into", "--reviewer"),
                Set.of("--against"));
        a.expectPositional(1, 2, "what to import: framework, grid, review, case or template");
        String what = a.positional().get(0);
        switch (what) {
        case "template" -> {
            a.expectPositional(2, 2, "OUT.xlsx or OUT.csv, the template file to write");
            Path output = Path.of(a.positional().get(1));
            OutputPolicy.check("import", output, "the framework template", List.of(".xlsx", ".csv"), List.of(),
                    a.has("--force"));
            if (output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                AtomicFile.write(output, FrameworkTemplate::writeCsv);
            } else {
                AtomicFile.write(output, FrameworkTemplate::writeXlsx);
            }
            out.println("wrote the framework template " + output);
            return OK;
        }
        case "framework" -> {
            a.expectPositional(2, 2, "IN.xlsx or IN.csv, the spreadsheet to import");
            Path input = Path.of(a.positional().get(1));
            Path output = Path.of(a.required("--output", "OUT.standards"));
            if (!a.values("--against").isEmpty()) {
                throw new UsageException("import", "--against applies to grids only");
            }
            OutputPolicy.check("import", output, "a standards framework", List.of(".standards"), List.of(input),
                    a.has("--force"));
            err.println("Reading " + input + "...");
            StandardsFramework framework = FrameworkImporter.importFramework(input);
            new ImportedModel<>(framework, null, Map.of(), List.of()).saveAs(output);
            long standards = countStandards(framework);
            out.println("imported " + standards + " standard(s) in " + framework.getSections().size()
                    + " top-level section(s) from " + input + " into " + output);
            return OK;
        }
        case "case" -> {
            a.expectPositional(2, 2, "IN.json, the CASE package to import");
            return org.curriculum.cli.internal.CaseCommand.importPackage(Path.of(a.positional().get(1)),
                    Path.of(a.required("--output", "OUT.standards")), a.values("--against").stream().map(Path::of).toList(),
                    a.has("--force"), out, err);
        }
        case "grid" -> {
            a.expectPositional(2, 2, "IN.xlsx, the grid to import");
            Path input = Path.of(a.positional().get(1));
            Path output = Path.of(a.required("--output", "OUT.mapping"));
            List<Path> against = a.values("--against").stream().map(Path::of).toList();
            if (against.isEmpty()) {
                throw new UsageException("import", "a grid is imported against the curriculum and the framework it maps: "
                        + "give them with --against CURRICULUM_FILE FRAMEWORK_FILE");
            }
            List<Path> inputs = new ArrayList<>(against);
            inputs.add(input);
            OutputPolicy.check("import", output, "a mapping", List.of(".mapping"), inputs, a.has("--force"));
            err.println("Loading " + against.size() + " file(s) to import against...");
            ResourceSet resourceSet = ModelFiles.loadAll(against);
            err.println("Reading " + input + "...");
            ImportedModel<MappingSet> imported = GridImporter.importGrid(input, resourceSet);
            for (String warning : imported.warnings()) {
                err.println("warning: " + warning);
            }
            imported.saveAs(output);
            out.println("imported " + imported.root().getLinks().size() + " link(s) from " + input + " into " + output);
            return OK;
        }
        case "review" -> {
            a.expectPositional(2, 2, "LINKS.xlsx, the grid or links workbook the reviewer answered in");
            Path input = Path.of(a.positional().get(1));
            Path mappingFile = Path.of(a.required("--into", "MAPPING_FILE, the mapping the workbook was exported from"));
            Path output = Path.of(a.required("--output", "OUT.mapping"));
            OutputPolicy.check("import", output, "a mapping", List.of(".mapping"), List.of(input, mappingFile),
                    a.has("--force"));
            MappingSet mapping = loadMapping("import", mappingFile);
            return org.curriculum.cli.internal.ReviewCommand.importAnswers(input, mapping, output,
                    a.value("--reviewer", System.getProperty("user.name")), out, err);
        }
        default -> throw new UsageException("import", "unknown kind of import '" + what
                + "'; use framework, grid, review, case or template");
        }
    }

    private static long countStandards(StandardsFramework framework) {
        long count = 0;
        for (var it = framework.eAllContents(); it.hasNext();) {
            if (it.next() instanceof org.curriculum.model.Standard) {
                count++;
            }
        }
        return count;
    }
}
