// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.curriculum.core.resources.OutputFiles;
import org.curriculum.ui.internal.ExampleWorkspace;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * A wizard page with labelled fields, checked on every keystroke with the problem shown as the
 * page's message, and optionally the folder and name of the file the wizard writes. Each field
 * carries its name as widget data {@value #FIELD} so that tests find it as a user would by its label.
 */
public abstract class ModelWizardPage extends WizardPage {

    /** Widget data key naming a field. */
    public static final String FIELD = "org.curriculum.ui.field";

    private String extension;
    private final String defaultName;
    private Text folder;
    private Text fileName;

    /** A page writing a file with the given extension (e.g. ".curriculum"), or none if null. */
    protected ModelWizardPage(String name, String title, String description, String extension, String defaultName) {
        super(name);
        setTitle(title);
        setDescription(description);
        this.extension = extension;
        this.defaultName = defaultName;
    }

    @Override
    public final void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(3, false));
        createFields(body);
        if (extension != null) {
            folder = text(body, "Folder:", "folder", defaultFolder().toString(), 1);
            Button browse = new Button(body, SWT.PUSH);
            browse.setText("Browse...");
            browse.addListener(SWT.Selection, event -> {
                DirectoryDialog dialog = new DirectoryDialog(getShell());
                dialog.setFilterPath(folder.getText());
                String chosen = dialog.open();
                if (chosen != null) {
                    folder.setText(chosen);
                }
            });
            fileName = text(body, "File name:", "fileName", defaultName, 2);
        }
        setControl(body);
        validate();
    }

    /** Changes the extension of the file to write (an export whose kind decides it), renaming a default name. */
    protected final void setExtension(String newExtension) {
        String name = fileName.getText().trim();
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(extension)) {
            fileName.setText(name.substring(0, name.length() - extension.length()) + newExtension);
        }
        extension = newExtension;
    }

    /** Adds the page's own fields to a three-column grid. */
    protected abstract void createFields(Composite body);

    /** The first problem with the page's own fields, worded for the user, or null. */
    protected abstract String problem();

    /** Re-checks the page; the wizard's Finish button follows. */
    protected final void validate() {
        String problem = problem();
        if (problem == null && extension != null) {
            problem = fileProblem();
        }
        setErrorMessage(problem);
        // an existing file is no error: Finish asks before replacing it (ModelFileWizard), as a save dialog does
        setMessage(problem == null && extension != null && Files.exists(targetFile())
                ? targetFile().getFileName() + " already exists; Finish asks before replacing it." : null, WARNING);
        setPageComplete(problem == null);
    }

    /** The files the wizard reads, which it never writes over (none unless the page has input fields). */
    protected List<Path> inputs() {
        return List.of();
    }

    /** The file the wizard will write. */
    public Path targetFile() {
        String name = fileName.getText().trim();
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(extension)) {
            name += extension;
        }
        return Path.of(folder.getText().trim()).resolve(name).toAbsolutePath().normalize();
    }

    private String fileProblem() {
        if (folder.getText().isBlank()) {
            return "Choose the folder for the new file.";
        }
        String name = fileName.getText().trim();
        if (name.isEmpty() || name.equals(extension)) {
            return "Type a name for the new file.";
        }
        if (name.contains("/") || name.contains("\\")) {
            return "The file name cannot contain / or \\; choose the folder above.";
        }
        Path folderPath = Path.of(folder.getText().trim());
        if (Files.exists(folderPath) && !Files.isDirectory(folderPath)) {
            return folderPath + " is a file, not a folder.";
        }
        Path file = targetFile();
        if (Files.isDirectory(file)) {
            return file.getFileName() + " is a folder in " + folderPath + "; choose another name.";
        }
        // the rule the command line follows too (OutputPolicy): an input is never written over, whatever is answered
        Optional<Path> input = OutputFiles.inputAmong(file, inputs());
        if (input.isPresent()) {
            return file.getFileName() + " is the file this wizard reads (" + input.get()
                    + "); it is never written over. Choose another name.";
        }
        return null;
    }

    /** A label and a text field spanning the remaining columns (or {@code span} of them). */
    protected Text text(Composite body, String label, String field, String initial, int span) {
        new Label(body, SWT.NONE).setText(label);
        Text text = new Text(body, SWT.BORDER);
        text.setText(initial == null ? "" : initial);
        text.setData(FIELD, field);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
        text.addListener(SWT.Modify, event -> validate());
        return text;
    }

    /** A text field for a file on disk with a Browse button offering the given extensions. */
    protected Text fileField(Composite body, String label, String field, String initial, String... filters) {
        Text text = text(body, label, field, initial, 1);
        Button browse = new Button(body, SWT.PUSH);
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, event -> {
            FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
            dialog.setFilterExtensions(filters);
            if (!text.getText().isBlank()) {
                dialog.setFileName(text.getText());
            }
            String chosen = dialog.open();
            if (chosen != null) {
                text.setText(chosen);
            }
        });
        return text;
    }

    /** The problem with a whole-number field, or null if it holds a number in range. */
    protected static String numberProblem(Text text, String what, int min, int max) {
        String value = text.getText().trim();
        if (value.isEmpty()) {
            return "Type the " + what + ".";
        }
        try {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                return "The " + what + " must be between " + min + " and " + max + "; " + number + " is not.";
            }
            return null;
        } catch (NumberFormatException e) {
            return "The " + what + " must be a whole number; \"" + value + "\" is not.";
        }
    }

    /** The number in a field already checked by {@link #numberProblem}. */
    static int number(Text text) {
        return Integer.parseInt(text.getText().trim());
    }

    /** The problem with a field holding an existing file, or null. */
    protected static String existingFileProblem(Text text, String what, String... extensions) {
        String value = text.getText().trim();
        if (value.isEmpty()) {
            return "Choose the " + what + ".";
        }
        Path file = Path.of(value);
        if (!Files.isRegularFile(file)) {
            return "The " + what + " " + value + " does not exist.";
        }
        String lower = value.toLowerCase(java.util.Locale.ROOT);
        for (String extension : extensions) {
            if (lower.endsWith(extension)) {
                return null;
            }
        }
        return "The " + what + " must be a " + String.join(" or ", extensions) + " file; " + file.getFileName()
                + " is not.";
    }

    /** Where new files go unless the user picks another folder: the examples folder of the data location. */
    static Path defaultFolder() {
        try {
            return ExampleWorkspace.folder();
        } catch (IOException e) {
            return Path.of(System.getProperty("user.home"));
        }
    }
}
