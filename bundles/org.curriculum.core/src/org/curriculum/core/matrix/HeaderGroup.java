// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.matrix;

/**
 * A run of adjacent rows or columns under one group header: a framework section with its share
 * covered, or the mandatory or optional units of the qualification.
 *
 * @param name  the header text
 * @param start the first row or column of the run, in the layout's positions
 * @param span  how many rows or columns the run holds
 */
public record HeaderGroup(String name, int start, int span) {
}
