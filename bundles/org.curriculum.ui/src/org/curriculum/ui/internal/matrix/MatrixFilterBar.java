// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.matrix;

import java.util.ArrayList;
import java.util.List;

import org.curriculum.core.coverage.GridOrientation;
import org.curriculum.core.coverage.RowDetail;
import org.curriculum.core.matrix.MatrixLayout;
import org.curriculum.model.ReviewState;
import org.curriculum.model.labels.ElementLabels;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The row of filters above the matrix: item text, level, row detail, uncovered standards only,
 * mandatory units only, standards as rows, review state. Each change goes to the layout, then the view shows it.
 */
public final class MatrixFilterBar {

    /** First entry of the level filter. */
    public static final String ALL_LEVELS = "All levels";
    private static final String LEVEL_PREFIX = "Level ";
    /** First entry of the review state filter. */
    public static final String ALL_REVIEW_STATES = "All review states";
    /** The start of the other entries of the review state filter ("Review: queried"). */
    public static final String REVIEW_PREFIX = "Review: ";

    private final MatrixLayout layout;
    private final Combo level;
    private final Button mandatoryOnly;

    MatrixFilterBar(Composite bar, MatrixLayout layout, Runnable changed) {
        this.layout = layout;
        RowLayout rows = new RowLayout(SWT.HORIZONTAL);
        rows.center = true;
        rows.marginHeight = 0;
        bar.setLayout(rows);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        Text search = new Text(bar, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH);
        search.setMessage("Filter items");
        search.setLayoutData(new RowData(200, SWT.DEFAULT));
        search.addListener(SWT.Modify, e -> {
            layout.setTextFilter(search.getText());
            changed.run();
        });
        level = new Combo(bar, SWT.READ_ONLY);
        level.setItems(ALL_LEVELS);
        level.select(0);
        level.addListener(SWT.Selection, e -> {
            layout.setLevel(chosenLevel());
            changed.run();
        });
        Combo detail = new Combo(bar, SWT.READ_ONLY);
        // In the order of RowDetail's constants.
        detail.setItems("Units only", "Units and outcomes", "Units, outcomes and criteria");
        detail.select(0);
        detail.addListener(SWT.Selection, e -> {
            layout.setRowDetail(RowDetail.values()[detail.getSelectionIndex()]);
            changed.run();
        });
        Button gapsOnly = check(bar, "Uncovered standards only");
        gapsOnly.addListener(SWT.Selection, e -> {
            layout.setUncoveredOnly(gapsOnly.getSelection());
            changed.run();
        });
        mandatoryOnly = check(bar, "Mandatory units only");
        mandatoryOnly.addListener(SWT.Selection, e -> {
            layout.setMandatoryOnly(mandatoryOnly.getSelection());
            changed.run();
        });
        Button transpose = check(bar, "Standards as rows");
        transpose.addListener(SWT.Selection, e -> {
            layout.setOrientation(transpose.getSelection() ? GridOrientation.STANDARDS_IN_ROWS
                    : GridOrientation.ITEMS_IN_ROWS);
            changed.run();
        });
        Combo review = new Combo(bar, SWT.READ_ONLY);
        // "All review states", then one entry per state in the order of ReviewState's literals.
        List<String> states = new ArrayList<>();
        states.add(ALL_REVIEW_STATES);
        ReviewState.VALUES.forEach(state -> states.add(REVIEW_PREFIX + ElementLabels.reviewState(state)));
        review.setItems(states.toArray(new String[0]));
        review.select(0);
        review.addListener(SWT.Selection, e -> {
            int chosen = review.getSelectionIndex();
            layout.setReviewFilter(chosen <= 0 ? null : ReviewState.VALUES.get(chosen - 1));
            changed.run();
        });
        Label legend = new Label(bar, SWT.NONE);
        legend.setText(MatrixLayout.PARTIAL_SYMBOL + " partial   " + MatrixLayout.FULL_SYMBOL
                + " full   (click or space: level; keys A, Q, R: review; N: next unreviewed)");
    }

    private static Button check(Composite bar, String text) {
        Button button = new Button(bar, SWT.CHECK);
        button.setText(text);
        return button;
    }

    private Integer chosenLevel() {
        return level.getSelectionIndex() <= 0 ? null : Integer.valueOf(level.getText().substring(LEVEL_PREFIX.length()));
    }

    /** Offers the levels of the shown components, keeping the chosen one if it is still there. */
    void offerLevels() {
        String selected = level.getText();
        List<String> items = new ArrayList<>();
        items.add(ALL_LEVELS);
        layout.getLevels().forEach(value -> items.add(LEVEL_PREFIX + value));
        level.setItems(items.toArray(new String[0]));
        level.select(Math.max(0, items.indexOf(selected)));
        level.setEnabled(items.size() > 1);
        // A level no longer offered is no longer applied either.
        layout.setLevel(chosenLevel());
        level.getParent().layout();
    }

    /** Enables what applies to the mapping shown: the mandatory filter needs a qualification. */
    void update() {
        if (layout.isShowing()) {
            mandatoryOnly.setEnabled(layout.hasQualification());
        }
    }
}
