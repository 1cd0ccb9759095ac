// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.wizards;

import org.curriculum.core.templates.ModelTemplates;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/** File > New > Occupational Curriculum: a QCTO-style profile with tasks and module skeletons. */
public class NewOccupationalCurriculumWizard extends NewModelWizard {

    /** The wizard's id in the new wizards registry. */
    public static final String ID = "org.curriculum.ui.newOccupationalCurriculum";

    private final Page page = new Page();

    public NewOccupationalCurriculumWizard() {
        super("New Occupational Curriculum");
    }

    @Override
    protected ModelWizardPage page() {
        return page;
    }

    @Override
    protected ModelBuilder builder() {
        String ofoCode = page.ofoCode.getText().trim();
        String occupation = page.occupation.getText().trim();
        int tasks = ModelWizardPage.number(page.tasks);
        return () -> ModelTemplates.occupationalCurriculum(ofoCode, occupation, tasks);
    }

    private static final class Page extends ModelWizardPage {
        private Text ofoCode;
        private Text occupation;
        private Text tasks;

        Page() {
            super("occupation", "Occupational Curriculum",
                    "An occupational profile with its tasks and a skeleton of knowledge, practical skills and work experience modules.",
                    ".curriculum", "new-occupation.curriculum");
        }

        @Override
        protected void createFields(Composite body) {
            ofoCode = text(body, "OFO code:", "ofoCode", "", 2);
            occupation = text(body, "Occupation:", "occupation", "", 2);
            tasks = text(body, "Number of tasks:", "tasks", "5", 2);
        }

        @Override
        protected String problem() {
            String code = ofoCode.getText().trim();
            if (code.isEmpty()) {
                return "Type the occupation's OFO code (six digits, e.g. 143905).";
            }
            if (!ModelTemplates.OFO_CODE.matcher(code).matches()) {
                return "The OFO code \"" + code + "\" is not six digits (e.g. 143905 or 2021-143905).";
            }
            if (occupation.getText().isBlank()) {
                return "Type the occupation (e.g. Contact Centre Manager).";
            }
            return numberProblem(tasks, "number of tasks", 1, ModelTemplates.MAX_TASKS);
        }
    }
}
