// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.caseformat;

/** A CASE package that cannot be imported; the message names the file and what to do. */
public final class CaseImportException extends Exception {

    private static final long serialVersionUID = 1L;

    public CaseImportException(String message) {
        super(message);
    }

    public CaseImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
