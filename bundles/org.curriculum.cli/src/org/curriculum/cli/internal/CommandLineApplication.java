// SPDX-License-Identifier: EPL-2.0
package org.curriculum.cli.internal;

import java.util.List;

import org.curriculum.cli.WorkbenchCommandLine;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless application {@code org.curriculum.cli.application}: runs one workbench subcommand with
 * the application arguments and returns its exit status (0 ok, 1 failures, 2 usage errors).
 */
public class CommandLineApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        context.applicationRunning();
        Object raw = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> args = EclipseArguments.strip(raw instanceof String[] strings ? strings : new String[0]);
        int status;
        try {
            status = new WorkbenchCommandLine(System.out, System.err).run(args.toArray(String[]::new));
        } catch (Error e) {
            // run() reports its own errors; this is the last line before Equinox, which would log and exit 0
            System.err.println(WorkbenchCommandLine.describe(args.isEmpty() ? "workbench" : args.get(0), e));
            status = WorkbenchCommandLine.FAILED;
        }
        System.out.flush();
        System.err.flush();
        return Integer.valueOf(status);
    }

    @Override
    public void stop() {
        // a subcommand runs to completion; there is nothing to interrupt safely
    }
}
