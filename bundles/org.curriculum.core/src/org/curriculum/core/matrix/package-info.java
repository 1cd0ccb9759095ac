// SPDX-License-Identifier: EPL-2.0
/**
 * The coverage matrix as a user sees it, without a display: which rows and columns the filters
 * leave, in which order and orientation, under which group headers, with which header and cell
 * texts. Views draw it; tests read it.
 */
package org.curriculum.core.matrix;
