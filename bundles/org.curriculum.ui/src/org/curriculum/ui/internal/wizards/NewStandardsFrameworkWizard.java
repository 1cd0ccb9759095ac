// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.wizards;

import org.curriculum.core.templates.ModelTemplates;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/** File > New > Standards Framework: a framework with numbered standards to fill in. */
public class NewStandardsFrameworkWizard extends NewModelWizard {

    /** The wizard's id in the new wizards registry. */
    public static final String ID = "org.curriculum.ui.newStandardsFramework";

    private final Page page = new Page();

    public NewStandardsFrameworkWizard() {
        super("New Standards Framework");
    }

    @Override
    protected ModelWizardPage page() {
        return page;
    }

    @Override
    protected ModelBuilder builder() {
        String title = page.title.getText().trim();
        String version = page.version.getText().trim();
        String publisher = page.publisher.getText().trim();
        String prefix = page.prefix.getText().trim();
        int standards = ModelWizardPage.number(page.standards);
        return () -> ModelTemplates.standardsFramework(title, version, publisher, prefix, standards);
    }

    private static final class Page extends ModelWizardPage {
        private Text title;
        private Text version;
        private Text publisher;
        private Text prefix;
        private Text standards;

        Page() {
            super("framework", "Standards Framework", "A framework of standards (e.g. National Occupational Standards).",
                    ".standards", "new-framework.standards");
        }

        @Override
        protected void createFields(Composite body) {
            title = text(body, "Title:", "title", "", 2);
            version = text(body, "Version:", "version", "1.0", 2);
            publisher = text(body, "Publisher:", "publisher", "", 2);
            prefix = text(body, "Code prefix:", "prefix", "STD", 2);
            standards = text(body, "Number of standards:", "standards", "10", 2);
        }

        @Override
        protected String problem() {
            if (title.getText().isBlank()) {
                return "Type the framework's title.";
            }
            if (publisher.getText().isBlank()) {
                return "Type the framework's publisher (e.g. Skills CFA).";
            }
            String code = prefix.getText().trim();
            if (!ModelTemplates.STANDARD_PREFIX.matcher(code).matches()) {
                return "The code prefix \"" + code + "\" must be a letter followed by up to nine letters or digits (e.g. CC).";
            }
            return numberProblem(standards, "number of standards", 0, ModelTemplates.MAX_STANDARDS);
        }
    }
}
