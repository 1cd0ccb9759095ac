// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.rules;

/** What "shortest" means for a route through a qualification: least guided learning hours or least credit. */
public enum RouteMeasure {
    /** Least guided learning hours; ties are broken by least credit. */
    GUIDED_LEARNING_HOURS,
    /** Least credit; ties are broken by least guided learning hours. */
    CREDITS
}
