// SPDX-License-Identifier: EPL-2.0
/**
 * Versions of model files in Git in the workbench: the History view, the Model Compare view and the Merge
 * Conflicts view, over the headless {@code org.curriculum.core.compare} services.
 */
package org.curriculum.ui.internal.versions;
