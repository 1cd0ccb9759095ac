// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.jface;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;

/** A table column whose cells show one text taken from the row's element: the views' and wizards' tables. */
public final class TextColumns {

    private TextColumns() {
    }

    /** Adds a column titled {@code title}, {@code width} pixels wide, showing {@code text} of each row of type {@code type}. */
    public static <T> TableViewerColumn add(TableViewer viewer, String title, int width, Class<T> type,
            Function<? super T, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(type.cast(element));
            }
        });
        return column;
    }
}
