// SPDX-License-Identifier: EPL-2.0
package org.curriculum.cli.internal;

/** The command line was wrong (unknown command or option, missing argument): exit status 2 with help. */
public class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String command;

    public UsageException(String command, String message) {
        super(message);
        this.command = command;
    }

    /** The command whose help to show, or null for the general help. */
    public String command() {
        return command;
    }
}
