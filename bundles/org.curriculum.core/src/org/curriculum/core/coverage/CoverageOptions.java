// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.coverage;

import java.util.Objects;

import org.curriculum.model.Qualification;

/**
 * What a {@link CoverageMatrix} is computed for: how deep its rows go and, optionally, the qualification
 * whose rules of combination tell mandatory components from optional ones.
 *
 * <p>Immutable; the {@code with...} methods return a changed copy.
 */
public final class CoverageOptions {

    private static final CoverageOptions DEFAULTS = new CoverageOptions(RowDetail.COMPONENTS, null);

    private final RowDetail rowDetail;
    private final Qualification qualification;

    private CoverageOptions(RowDetail rowDetail, Qualification qualification) {
        this.rowDetail = Objects.requireNonNull(rowDetail, "rowDetail");
        this.qualification = qualification;
    }

    /** Component rows and no qualification. */
    public static CoverageOptions defaults() {
        return DEFAULTS;
    }

    /** A copy with rows down to the given detail. */
    public CoverageOptions withRowDetail(RowDetail detail) {
        return new CoverageOptions(detail, qualification);
    }

    /**
     * A copy that reads mandatory and optional components from a qualification's rules of combination:
     * a component in no mandatory group of those rules is optional. {@code null} removes the qualification.
     */
    public CoverageOptions withQualification(Qualification newQualification) {
        return new CoverageOptions(rowDetail, newQualification);
    }

    /** How deep the rows go. */
    public RowDetail getRowDetail() {
        return rowDetail;
    }

    /** The qualification that says which components are mandatory, or {@code null}. */
    public Qualification getQualification() {
        return qualification;
    }
}
