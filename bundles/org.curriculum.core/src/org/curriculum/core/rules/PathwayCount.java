// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.rules;

import java.math.BigInteger;

/**
 * A number of pathways, with whether it is exact or only a lower bound (when counting exactly would take too
 * long and the count was stopped at a limit).
 *
 * @param value the number counted
 * @param exact true when {@code value} is the exact number; false when there are at least {@code value}
 */
public record PathwayCount(BigInteger value, boolean exact) {

    /** E.g. "44", or "at least 1000000" when the count was stopped. */
    public String describe() {
        return exact ? value.toString() : "at least " + value;
    }

    @Override
    public String toString() {
        return describe();
    }
}
