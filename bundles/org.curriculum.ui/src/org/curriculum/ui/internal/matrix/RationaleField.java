// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.matrix;

import java.util.function.Consumer;

import org.curriculum.model.MappingLink;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The rationale of the selected cell's own link: typed, then applied with Enter or the Apply button. */
final class RationaleField {

    private final Text text;
    private final Button apply;

    RationaleField(Composite bar, Consumer<String> applied) {
        bar.setLayout(new GridLayout(3, false));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(bar, SWT.NONE).setText("Rationale:");
        text = new Text(bar, SWT.BORDER | SWT.SINGLE);
        text.setMessage("Select a covered cell to give the rationale of its link");
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        // Enter applies, like the Apply button.
        text.addListener(SWT.DefaultSelection, e -> applied.accept(text.getText()));
        apply = new Button(bar, SWT.PUSH);
        apply.setText("Apply");
        apply.addListener(SWT.Selection, e -> applied.accept(text.getText()));
    }

    boolean isDisposed() {
        return text.isDisposed();
    }

    /** Shows a link's rationale, editable; or nothing, disabled, when the cell has no link of its own. */
    void show(MappingLink link) {
        text.setEnabled(link != null);
        apply.setEnabled(link != null);
        String shown = link == null || link.getRationale() == null ? "" : link.getRationale();
        if (!text.getText().equals(shown)) {
            text.setText(shown);
        }
    }
}
