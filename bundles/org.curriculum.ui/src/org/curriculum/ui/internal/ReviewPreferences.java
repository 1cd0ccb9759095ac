// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * The reviewer's name that review actions record, kept in the ui bundle's preference store (Window >
 * Preferences > Review) and defaulting to the operating system's user name.
 */
public final class ReviewPreferences {

    /** The preference key of the reviewer's name. */
    public static final String REVIEWER_NAME = "review.reviewerName";

    private static IPreferenceStore store;

    private ReviewPreferences() {
    }

    /** The ui bundle's preference store, with the reviewer's default set. */
    public static synchronized IPreferenceStore store() {
        if (store == null) {
            store = new ScopedPreferenceStore(InstanceScope.INSTANCE, "org.curriculum.ui");
            store.setDefault(REVIEWER_NAME, System.getProperty("user.name", ""));
        }
        return store;
    }

    /** The name recorded with a review: the preference, or the operating system's user when it is blank. */
    public static String reviewerName() {
        String name = store().getString(REVIEWER_NAME).trim();
        return name.isEmpty() ? System.getProperty("user.name", "") : name;
    }
}
