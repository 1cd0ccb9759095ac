// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.curriculum.ui.internal.jface.ItemLabels;
import org.curriculum.ui.internal.jface.ItemPropertyDescriptorAdapter;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The form beside the tree: one labelled widget per property of the selected element (text,
 * multi-line text, numbers, check boxes, drop-downs for enumerations and references). Every change
 * is a set command on the editing domain's command stack.
 */
public class DetailsForm {

    /** Widget data key holding the name of the feature a widget edits (how tests find a field). */
    public static final String FEATURE_KEY = "org.curriculum.ui.feature";

    /** Text properties that hold prose, edited in a multi-line box whatever their current length. */
    private static final Set<String> PROSE = Set.of("description", "purpose", "scope", "aim", "introduction",
            "guidance", "content", "rationale", "text", "range", "remark", "note", "key", "productOrService");

    private final EditingDomain domain;
    private final AdapterFactory adapterFactory;
    private final ItemLabels labels;
    private final ScrolledComposite scroller;
    private final Composite body;
    private final Label heading;
    private final List<Runnable> refreshers = new ArrayList<>();
    /**
     * Above this many choices a reference gets no drop-down, only its value and the picker that filters
     * by typing: a GTK drop-down of tens of thousands of entries (every standard of a national framework)
     * takes minutes to lay out, and nobody scrolls through it.
     */
    static final int MOST_CHOICES_IN_A_DROP_DOWN = 500;
    private EObject element;

    public DetailsForm(Composite parent, EditingDomain domain, AdapterFactory adapterFactory, ItemLabels labels) {
        this.domain = domain;
        this.adapterFactory = adapterFactory;
        this.labels = labels;
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        body = new Composite(scroller, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        heading = new Label(body, SWT.WRAP);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        heading.setText("Select an element in the tree to edit it here.");
        scroller.setContent(body);
        scroller.addListener(SWT.Resize, e -> layout());
    }

    /** The form's outermost control. */
    public Control getControl() {
        return scroller;
    }

    /** The element shown. */
    public EObject getElement() {
        return element;
    }

    /** Shows the properties of an element (or nothing). */
    public void setElement(EObject newElement) {
        if (newElement == element) {
            return;
        }
        element = newElement;
        refreshers.clear();
        Arrays.stream(body.getChildren()).filter(child -> child != heading).forEach(Control::dispose);
        if (element == null) {
            heading.setText("Select an element in the tree to edit it here.");
        } else {
            heading.setText(labels.elements().getText(element));
            IItemPropertySource source = (IItemPropertySource) adapterFactory.adapt(element, IItemPropertySource.class);
            if (source != null) {
                for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(element)) {
                    createField(descriptor);
                }
            }
        }
        layout();
    }

    /** Shows the current values again (after undo, redo or a change made elsewhere). */
    public void refresh() {
        if (element != null && element.eResource() == null) {
            setElement(null);
            return;
        }
        if (element != null) {
            heading.setText(labels.elements().getText(element));
        }
        refreshers.forEach(Runnable::run);
    }

    private void layout() {
        body.layout(true, true);
        int width = Math.max(scroller.getClientArea().width, 300);
        scroller.setMinSize(body.computeSize(width, SWT.DEFAULT));
    }

    private void createField(IItemPropertyDescriptor descriptor) {
        Object feature = descriptor.getFeature(element);
        if (!(feature instanceof EStructuralFeature structural)) {
            return;
        }
        Label name = new Label(body, SWT.NONE);
        name.setText(descriptor.getDisplayName(element) + ":");
        name.setToolTipText(descriptor.getDescription(element));
        name.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        boolean editable = descriptor.canSetProperty(element);
        List<Object> choices = structural.isMany() ? null : ItemPropertyDescriptorAdapter.choices(element, descriptor);
        Control control;
        if (choices != null && editable) {
            control = createChoice(structural, descriptor, choices);
        } else if (structural instanceof EAttribute attribute && editable) {
            control = createText(attribute, descriptor);
        } else {
            control = createReadOnly(descriptor);
        }
        control.setData(FEATURE_KEY, structural.getName());
        control.setToolTipText(descriptor.getDescription(element));
    }

    private Control createChoice(EStructuralFeature feature, IItemPropertyDescriptor descriptor, List<Object> choices) {
        List<Object> values = new ArrayList<>(choices);
        if (!feature.isRequired() && !values.contains(null) && !(feature.getEType().getInstanceClass() == boolean.class)) {
            values.add(0, null);
        }
        if (feature.getEType().getInstanceClass() == boolean.class) {
            Button check = new Button(body, SWT.CHECK);
            check.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
            Runnable show = () -> check.setSelection(Boolean.TRUE.equals(value(descriptor)));
            show.run();
            refreshers.add(show);
            check.addListener(SWT.Selection, e -> apply(feature, check.getSelection()));
            return check;
        }
        Composite row = body;
        if (feature instanceof EReference) {
            // a reference may offer hundreds of targets: beside the drop-down, a picker that filters by typing
            row = new Composite(body, SWT.NONE);
            GridLayout rowLayout = new GridLayout(2, false);
            rowLayout.marginWidth = 0;
            rowLayout.marginHeight = 0;
            row.setLayout(rowLayout);
            row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        }
        if (feature instanceof EReference && values.size() > MOST_CHOICES_IN_A_DROP_DOWN) {
            Label shown = new Label(row, SWT.NONE);
            shown.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            Runnable show = () -> shown.setText(labels.text(value(descriptor)).replace("&", "&&"));
            show.run();
            refreshers.add(show);
            addPicker(row, feature, descriptor, values);
            return shown;
        }
        Combo combo = new Combo(row, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setItems(values.stream().map(labels::text).toArray(String[]::new));
        combo.setVisibleItemCount(Math.min(20, values.size()));
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        if (feature instanceof EReference) {
            addPicker(row, feature, descriptor, values);
        }
        Runnable show = () -> combo.select(values.indexOf(value(descriptor)));
        show.run();
        refreshers.add(show);
        combo.addListener(SWT.Selection, e -> {
            int index = combo.getSelectionIndex();
            if (index >= 0) {
                apply(feature, values.get(index));
            }
        });
        return combo;
    }

    private Control createText(EAttribute attribute, IItemPropertyDescriptor descriptor) {
        EDataType type = attribute.getEAttributeType();
        String current = format(attribute, value(descriptor));
        boolean multiLine = attribute.isMany() || descriptor.isMultiLine(element) || PROSE.contains(attribute.getName())
                || current.length() > 80;
        Text text = new Text(body, SWT.BORDER | (multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        if (multiLine) {
            data.heightHint = attribute.isMany() ? 60 : 90;
            data.widthHint = 300;
        }
        text.setLayoutData(data);
        text.setText(current);
        Runnable show = () -> {
            String shown = format(attribute, value(descriptor));
            if (!text.getText().equals(shown)) {
                text.setText(shown);
            }
        };
        refreshers.add(show);
        Consumer<String> commit = typed -> {
            try {
                Object newValue = parse(attribute, type, typed);
                if (!Objects.equals(newValue, value(descriptor))) {
                    apply(attribute, newValue);
                }
                text.setBackground(null);
                text.setToolTipText(descriptor.getDescription(element));
            } catch (RuntimeException e) {
                // Keep what the user typed so they can correct it; the model is unchanged.
                text.setBackground(text.getDisplay().getSystemColor(SWT.COLOR_YELLOW));
                text.setToolTipText("'" + typed + "' is not a valid " + (type.getInstanceClass() == Integer.class
                        || type.getInstanceClass() == int.class ? "whole number" : type.getName())
                        + "; the value was not changed");
            }
        };
        text.addListener(SWT.FocusOut, e -> commit.accept(text.getText()));
        text.addListener(SWT.DefaultSelection, e -> commit.accept(text.getText()));
        return text;
    }

    /** The "Choose..." button beside a reference, opening the picker that filters its choices by typing. */
    private void addPicker(Composite row, EStructuralFeature feature, IItemPropertyDescriptor descriptor, List<Object> values) {
        Button choose = new Button(row, SWT.PUSH);
        choose.setText("Choose...");
        choose.setData(FEATURE_KEY, feature.getName() + ".choose");
        choose.addListener(SWT.Selection, e -> {
            Object chosen = ReferencePicker.choose(body.getShell(), descriptor.getDisplayName(element),
                    values.stream().filter(java.util.Objects::nonNull).toList(), labels::text);
            if (chosen != null) {
                apply(feature, chosen);
            }
        });
    }

    private Control createReadOnly(IItemPropertyDescriptor descriptor) {
        Label value = new Label(body, SWT.WRAP);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 300;
        value.setLayoutData(data);
        Runnable show = () -> value.setText(labels.text(value(descriptor)).replace("&", "&&"));
        show.run();
        refreshers.add(show);
        return value;
    }

    private Object value(IItemPropertyDescriptor descriptor) {
        return ItemPropertyDescriptorAdapter.editableValue(element, descriptor);
    }

    private static String format(EAttribute attribute, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> values) {
            return String.join("\n", values.stream().map(v -> EcoreUtil.convertToString(attribute.getEAttributeType(), v))
                    .toList());
        }
        return EcoreUtil.convertToString(attribute.getEAttributeType(), value);
    }

    private static Object parse(EAttribute attribute, EDataType type, String text) {
        if (attribute.isMany()) {
            return text.lines().map(String::strip).filter(line -> !line.isEmpty())
                    .map(line -> EcoreUtil.createFromString(type, line)).toList();
        }
        if (text.isEmpty()) {
            return type.getInstanceClass() == String.class ? null : attribute.getDefaultValue();
        }
        return EcoreUtil.createFromString(type, type.getInstanceClass() == String.class ? text : text.strip());
    }

    private void apply(EStructuralFeature feature, Object value) {
        Command command = SetCommand.create(domain, element, feature, value);
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
    }
}
