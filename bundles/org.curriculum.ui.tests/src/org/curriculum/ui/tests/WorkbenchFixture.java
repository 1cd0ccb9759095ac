// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.curriculum.ui.internal.editor.CurriculumEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * What every UI test needs: running code on the UI thread, letting the workbench catch up, waiting
 * for something a user would see, and saving screenshots. The tests run outside the UI thread.
 */
public final class WorkbenchFixture {

    private WorkbenchFixture() {
    }

    /** Runs code on the UI thread and returns its result (exceptions are rethrown here). */
    public static <T> T ui(Supplier<T> code) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        AtomicReference<Error> error = new AtomicReference<>();
        display().syncExec(() -> {
            try {
                result.set(code.get());
            } catch (RuntimeException e) {
                failure.set(e);
            } catch (Error e) {
                error.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        if (error.get() != null) {
            throw error.get();
        }
        return result.get();
    }

    /** Runs code on the UI thread. */
    public static void uiRun(Runnable code) {
        ui(() -> {
            code.run();
            return null;
        });
    }

    /** The workbench's display, once the workbench is up. */
    public static Display display() {
        waitUntil(PlatformUI::isWorkbenchRunning, Duration.ofSeconds(60), "the workbench to start");
        return PlatformUI.getWorkbench().getDisplay();
    }

    /** The workbench window, once it is open. */
    public static IWorkbenchWindow window() {
        waitUntil(() -> PlatformUI.isWorkbenchRunning() && ui(() -> PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0),
                Duration.ofSeconds(60), "the workbench window to open");
        return ui(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0]);
    }

    /** The active page of the workbench window. */
    public static IWorkbenchPage page() {
        IWorkbenchWindow window = window();
        return ui(window::getActivePage);
    }

    /** Lets the UI thread process pending events (async refreshes, layouts, paints). */
    public static void settle() {
        for (int i = 0; i < 5; i++) {
            uiRun(() -> {
                while (Display.getCurrent().readAndDispatch()) {
                    // keep dispatching
                }
            });
            sleep(30);
        }
    }

    /** Waits, processing events, until a condition holds; fails the test with what was awaited. */
    public static void waitUntil(BooleanSupplier condition, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            sleep(50);
        }
    }

    /** Waits for a condition evaluated on the UI thread. */
    public static void waitInUi(Supplier<Boolean> condition, String what) {
        waitUntil(() -> Boolean.TRUE.equals(ui(condition)), Duration.ofSeconds(20), what);
    }

    /** Saves a picture of the workbench window (or any control) as PNG under target/screenshots. */
    public static Path screenshot(String name, Supplier<Control> control) throws IOException {
        settle();
        Path folder = Path.of(System.getProperty("screenshot.dir", "target/screenshots"));
        Files.createDirectories(folder);
        Path file = folder.resolve(name + ".png");
        uiRun(() -> {
            Control target = control.get();
            Display display = target.getDisplay();
            target.redraw();
            target.update();
            Rectangle bounds = target instanceof Shell shell ? shell.getBounds()
                    : display.map(target.getParent(), null, target.getBounds());
            GC gc = new GC(display);
            Image image = new Image(display, bounds.width, bounds.height);
            try {
                gc.copyArea(image, bounds.x, bounds.y);
                ImageLoader loader = new ImageLoader();
                loader.data = new ImageData[] { image.getImageData() };
                loader.save(file.toString(), SWT.IMAGE_PNG);
            } finally {
                gc.dispose();
                image.dispose();
            }
        });
        return file;
    }

    /** Opens a model file in the curriculum editor on the UI thread and returns the editor. */
    public static CurriculumEditor openEditor(Path file) {
        return ui(() -> {
            try {
                return CurriculumEditor.open(page(), file);
            } catch (PartInitException e) {
                throw new IllegalStateException("cannot open " + file, e);
            }
        });
    }

    /** Closes, without saving, every editor open on a file in the folder (or below it). */
    public static void closeEditorsUnder(Path folder) {
        uiRun(() -> Arrays.stream(page().getEditorReferences())
                .filter(reference -> reference.getTitleToolTip() != null
                        && reference.getTitleToolTip().startsWith(folder.toString()))
                .forEach(reference -> page().closeEditor(reference.getEditor(false), false)));
    }

    /** A copy of every example in a fresh folder, so a test may change and save them. */
    public static Path examplesCopy(Path folder) throws IOException {
        org.curriculum.examples.ExampleModels.copyTo(folder);
        return folder;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
