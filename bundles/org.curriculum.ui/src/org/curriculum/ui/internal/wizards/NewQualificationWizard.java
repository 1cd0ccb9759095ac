// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.wizards;

import org.curriculum.core.templates.ModelTemplates;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/** File > New > Regulated Qualification: a qualification, its units and rules of combination. */
public class NewQualificationWizard extends NewModelWizard {

    /** The wizard's id in the new wizards registry. */
    public static final String ID = "org.curriculum.ui.newQualification";

    private final Page page = new Page();

    public NewQualificationWizard() {
        super("New Regulated Qualification");
    }

    @Override
    protected ModelWizardPage page() {
        return page;
    }

    @Override
    protected ModelBuilder builder() {
        String title = page.title.getText().trim();
        String qualificationNumber = page.number.getText().trim().toUpperCase(java.util.Locale.ROOT);
        int level = ModelWizardPage.number(page.level);
        int credits = ModelWizardPage.number(page.credits);
        int glh = ModelWizardPage.number(page.glh);
        int units = ModelWizardPage.number(page.units);
        int mandatory = ModelWizardPage.number(page.mandatory);
        return () -> ModelTemplates.qualification(title, qualificationNumber, level, credits, glh, units, mandatory);
    }

    private static final class Page extends ModelWizardPage {
        private Text title;
        private Text number;
        private Text level;
        private Text credits;
        private Text glh;
        private Text units;
        private Text mandatory;

        Page() {
            super("qualification", "Regulated Qualification",
                    "A qualification with its units; the first units are mandatory, the others optional.", ".curriculum",
                    "new-qualification.curriculum");
        }

        @Override
        protected void createFields(Composite body) {
            title = text(body, "Title:", "title", "", 2);
            number = text(body, "Qualification number:", "qualificationNumber", "", 2);
            level = text(body, "Level:", "level", "3", 2);
            credits = text(body, "Credit value:", "creditValue", "", 2);
            glh = text(body, "Guided learning hours:", "guidedLearningHours", "", 2);
            units = text(body, "Number of units:", "units", "6", 2);
            mandatory = text(body, "Mandatory units:", "mandatoryUnits", "3", 2);
        }

        @Override
        protected String problem() {
            if (title.getText().isBlank()) {
                return "Type the qualification's title.";
            }
            String qn = number.getText().trim();
            if (qn.isEmpty()) {
                return "Type the qualification number (e.g. 600/1636/X).";
            }
            if (!ModelTemplates.QUALIFICATION_NUMBER.matcher(qn).matches()) {
                return "The qualification number \"" + qn + "\" is not of the form 600/1636/X.";
            }
            String problem = first(numberProblem(level, "level", 1, ModelTemplates.MAX_LEVEL), numberProblem(credits, "credit value", 1, ModelTemplates.MAX_CREDITS),
                    numberProblem(glh, "number of guided learning hours", 0, ModelTemplates.MAX_GLH),
                    numberProblem(units, "number of units", 1, ModelTemplates.MAX_UNITS), numberProblem(mandatory, "number of mandatory units", 0, ModelTemplates.MAX_UNITS));
            if (problem == null && number(mandatory) > number(units)) {
                return "There are " + number(units) + " units, so at most " + number(units) + " can be mandatory.";
            }
            return problem;
        }

        private static String first(String... problems) {
            for (String problem : problems) {
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }
    }
}
