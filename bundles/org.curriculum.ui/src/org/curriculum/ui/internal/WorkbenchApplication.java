// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.curriculum.ui.CurriculumUi;
import org.curriculum.ui.internal.editor.CurriculumEditor;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
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
        public void postStartup() {
            openFirstExample();
        }

        @Override
        public String getInitialWindowPerspectiveId() {
            return CurriculumUi.PERSPECTIVE_ID;
        }

        @Override
        public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
            return new WorkbenchWindowAdvisor(configurer) {
                @Override
                public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer bars) {
                    return new MenuBarAdvisor(bars);
                }

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

    /** Opens the first example so that a new user sees a real curriculum at once. */
    static void openFirstExample() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null || window.getActivePage() == null) {
            return;
        }
        try {
            Path example = ExampleWorkspace.folder().resolve(ExampleWorkspace.FIRST_EXAMPLE);
            CurriculumEditor.open(window.getActivePage(), example);
        } catch (IOException | PartInitException e) {
            ILog.of(WorkbenchApplication.class).error("The first example could not be opened", e);
        }
    }

    /** File, Edit, Window and Help menus with the workbench's standard actions. */
    static final class MenuBarAdvisor extends ActionBarAdvisor {

        MenuBarAdvisor(IActionBarConfigurer configurer) {
            super(configurer);
        }

        @Override
        protected void fillMenuBar(IMenuManager menuBar) {
            IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
            MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
            MenuManager newMenu = new MenuManager("&New", ActionFactory.NEW.getId());
            newMenu.add(ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(window));
            file.add(newMenu);
            OpenModelFileAction open = new OpenModelFileAction(window);
            register(open);
            file.add(open);
            file.add(new Separator());
            file.add(keep(ActionFactory.SAVE.create(window)));
            file.add(keep(ActionFactory.SAVE_AS.create(window)));
            file.add(keep(ActionFactory.SAVE_ALL.create(window)));
            file.add(keep(ActionFactory.REVERT.create(window)));
            file.add(new Separator());
            file.add(keep(ActionFactory.CLOSE.create(window)));
            file.add(new Separator());
            file.add(keep(ActionFactory.IMPORT.create(window)));
            file.add(keep(ActionFactory.EXPORT.create(window)));
            file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
            file.add(keep(ActionFactory.QUIT.create(window)));
            MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
            edit.add(keep(ActionFactory.UNDO.create(window)));
            edit.add(keep(ActionFactory.REDO.create(window)));
            edit.add(new Separator());
            edit.add(keep(ActionFactory.CUT.create(window)));
            edit.add(keep(ActionFactory.COPY.create(window)));
            edit.add(keep(ActionFactory.PASTE.create(window)));
            edit.add(new Separator());
            edit.add(keep(ActionFactory.DELETE.create(window)));
            edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
            MenuManager windowMenu = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
            MenuManager views = new MenuManager("Show &View");
            views.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
            windowMenu.add(views);
            windowMenu.add(keep(ActionFactory.RESET_PERSPECTIVE.create(window)));
            windowMenu.add(new Separator());
            // Holds the Review page (the reviewer's name the matrix records).
            windowMenu.add(keep(ActionFactory.PREFERENCES.create(window)));
            MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
            help.add(keep(ActionFactory.ABOUT.create(window)));
            menuBar.add(file);
            menuBar.add(edit);
            menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
            menuBar.add(windowMenu);
            menuBar.add(help);
        }

        private IAction keep(IWorkbenchAction action) {
            register(action);
            return action;
        }
    }
}
