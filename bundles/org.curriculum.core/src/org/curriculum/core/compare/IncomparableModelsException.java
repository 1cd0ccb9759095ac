// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.compare;

/** Two files that cannot be compared or merged, e.g. a curriculum and a mapping; the message says why. */
public class IncomparableModelsException extends Exception {

    private static final long serialVersionUID = 1L;

    public IncomparableModelsException(String message) {
        super(message);
    }
}
