// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal;

import org.curriculum.ui.CurriculumUi;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPreferenceConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.application.IWorkbenchConfigurer;

/** Starts the Curriculum Workbench window. */
public class WorkbenchApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        Display display = PlatformUI.createDisplay();
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new Advisor());
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                PlatformUI.getWorkbench().close();
            }
        });
    }

    /** Opens the curriculum perspective in a window titled with the product name. */
    static final class Advisor extends WorkbenchAdvisor {

        @Override
        public void initialize(IWorkbenchConfigurer configurer) {
            super.initialize(configurer);
            configurer.setSaveAndRestore(false);
            PlatformUI.getPreferenceStore().setValue(IWorkbenchPreferenceConstants.SHOW_TRADITIONAL_STYLE_TABS, false);
        }

        @Override
        public String getInitialWindowPerspectiveId() {
            return CurriculumUi.PERSPECTIVE_ID;
        }

        @Override
        public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
            return new WorkbenchWindowAdvisor(configurer) {
                @Override
                public void preWindowOpen() {
                    IWorkbenchWindowConfigurer window = getWindowConfigurer();
                    window.setInitialSize(new org.eclipse.swt.graphics.Point(1400, 900));
                    window.setShowCoolBar(false);
                    window.setShowStatusLine(true);
                    window.setTitle("Curriculum Workbench");
                }
            };
        }
    }
}
