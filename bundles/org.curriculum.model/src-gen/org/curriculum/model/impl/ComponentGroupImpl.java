/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model.impl;

import java.lang.reflect.InvocationTargetException;
import java.util.Collection;

import java.util.Map;
import org.curriculum.model.ComponentGroup;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.ListingEntry;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Component Group</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.impl.ComponentGroupImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.curriculum.model.impl.ComponentGroupImpl#isMandatory <em>Mandatory</em>}</li>
 *   <li>{@link org.curriculum.model.impl.ComponentGroupImpl#getMinimumCredits <em>Minimum Credits</em>}</li>
 *   <li>{@link org.curriculum.model.impl.ComponentGroupImpl#getMaximumCredits <em>Maximum Credits</em>}</li>
 *   <li>{@link org.curriculum.model.impl.ComponentGroupImpl#getMinimumComponents <em>Minimum Components</em>}</li>
 *   <li>{@link org.curriculum.model.impl.ComponentGroupImpl#getComponents <em>Components</em>}</li>
 *   <li>{@link org.curriculum.model.impl.ComponentGroupImpl#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ComponentGroupImpl extends MinimalEObjectImpl.Container implements ComponentGroup {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #isMandatory() <em>Mandatory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMandatory()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MANDATORY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMandatory() <em>Mandatory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMandatory()
	 * @generated
	 * @ordered
	 */
	protected boolean mandatory = MANDATORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinimumCredits() <em>Minimum Credits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumCredits()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MINIMUM_CREDITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMinimumCredits() <em>Minimum Credits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumCredits()
	 * @generated
	 * @ordered
	 */
	protected Integer minimumCredits = MINIMUM_CREDITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaximumCredits() <em>Maximum Credits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaximumCredits()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MAXIMUM_CREDITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaximumCredits() <em>Maximum Credits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaximumCredits()
	 * @generated
	 * @ordered
	 */
	protected Integer maximumCredits = MAXIMUM_CREDITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinimumComponents() <em>Minimum Components</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumComponents()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MINIMUM_COMPONENTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMinimumComponents() <em>Minimum Components</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumComponents()
	 * @generated
	 * @ordered
	 */
	protected Integer minimumComponents = MINIMUM_COMPONENTS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getComponents() <em>Components</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComponents()
	 * @generated
	 * @ordered
	 */
	protected EList<CurriculumComponent> components;

	/**
	 * The cached value of the '{@link #getEntries() <em>Entries</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntries()
	 * @generated
	 * @ordered
	 */
	protected EList<ListingEntry> entries;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ComponentGroupImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CurriculumPackage.Literals.COMPONENT_GROUP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.COMPONENT_GROUP__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMandatory() {
		return mandatory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMandatory(boolean newMandatory) {
		boolean oldMandatory = mandatory;
		mandatory = newMandatory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.COMPONENT_GROUP__MANDATORY, oldMandatory, mandatory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMinimumCredits() {
		return minimumCredits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinimumCredits(Integer newMinimumCredits) {
		Integer oldMinimumCredits = minimumCredits;
		minimumCredits = newMinimumCredits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.COMPONENT_GROUP__MINIMUM_CREDITS, oldMinimumCredits, minimumCredits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMaximumCredits() {
		return maximumCredits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaximumCredits(Integer newMaximumCredits) {
		Integer oldMaximumCredits = maximumCredits;
		maximumCredits = newMaximumCredits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.COMPONENT_GROUP__MAXIMUM_CREDITS, oldMaximumCredits, maximumCredits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMinimumComponents() {
		return minimumComponents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinimumComponents(Integer newMinimumComponents) {
		Integer oldMinimumComponents = minimumComponents;
		minimumComponents = newMinimumComponents;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.COMPONENT_GROUP__MINIMUM_COMPONENTS, oldMinimumComponents, minimumComponents));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CurriculumComponent> getComponents() {
		if (components == null) {
			components = new EObjectResolvingEList<CurriculumComponent>(CurriculumComponent.class, this, CurriculumPackage.COMPONENT_GROUP__COMPONENTS);
		}
		return components;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ListingEntry> getEntries() {
		if (entries == null) {
			entries = new EObjectContainmentEList<ListingEntry>(ListingEntry.class, this, CurriculumPackage.COMPONENT_GROUP__ENTRIES);
		}
		return entries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean validatePrintedTable(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.curriculum.model.validation.QualificationConstraints.validatePrintedTable(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CurriculumPackage.COMPONENT_GROUP__ENTRIES:
				return ((InternalEList<?>)getEntries()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CurriculumPackage.COMPONENT_GROUP__TITLE:
				return getTitle();
			case CurriculumPackage.COMPONENT_GROUP__MANDATORY:
				return isMandatory();
			case CurriculumPackage.COMPONENT_GROUP__MINIMUM_CREDITS:
				return getMinimumCredits();
			case CurriculumPackage.COMPONENT_GROUP__MAXIMUM_CREDITS:
				return getMaximumCredits();
			case CurriculumPackage.COMPONENT_GROUP__MINIMUM_COMPONENTS:
				return getMinimumComponents();
			case CurriculumPackage.COMPONENT_GROUP__COMPONENTS:
				return getComponents();
			case CurriculumPackage.COMPONENT_GROUP__ENTRIES:
				return getEntries();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CurriculumPackage.COMPONENT_GROUP__TITLE:
				setTitle((String)newValue);
				return;
			case CurriculumPackage.COMPONENT_GROUP__MANDATORY:
				setMandatory((Boolean)newValue);
				return;
			case CurriculumPackage.COMPONENT_GROUP__MINIMUM_CREDITS:
				setMinimumCredits((Integer)newValue);
				return;
			case CurriculumPackage.COMPONENT_GROUP__MAXIMUM_CREDITS:
				setMaximumCredits((Integer)newValue);
				return;
			case CurriculumPackage.COMPONENT_GROUP__MINIMUM_COMPONENTS:
				setMinimumComponents((Integer)newValue);
				return;
			case CurriculumPackage.COMPONENT_GROUP__COMPONENTS:
				getComponents().clear();
				getComponents().addAll((Collection<? extends CurriculumComponent>)newValue);
				return;
			case CurriculumPackage.COMPONENT_GROUP__ENTRIES:
				getEntries().clear();
				getEntries().addAll((Collection<? extends ListingEntry>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CurriculumPackage.COMPONENT_GROUP__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case CurriculumPackage.COMPONENT_GROUP__MANDATORY:
				setMandatory(MANDATORY_EDEFAULT);
				return;
			case CurriculumPackage.COMPONENT_GROUP__MINIMUM_CREDITS:
				setMinimumCredits(MINIMUM_CREDITS_EDEFAULT);
				return;
			case CurriculumPackage.COMPONENT_GROUP__MAXIMUM_CREDITS:
				setMaximumCredits(MAXIMUM_CREDITS_EDEFAULT);
				return;
			case CurriculumPackage.COMPONENT_GROUP__MINIMUM_COMPONENTS:
				setMinimumComponents(MINIMUM_COMPONENTS_EDEFAULT);
				return;
			case CurriculumPackage.COMPONENT_GROUP__COMPONENTS:
				getComponents().clear();
				return;
			case CurriculumPackage.COMPONENT_GROUP__ENTRIES:
				getEntries().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CurriculumPackage.COMPONENT_GROUP__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case CurriculumPackage.COMPONENT_GROUP__MANDATORY:
				return mandatory != MANDATORY_EDEFAULT;
			case CurriculumPackage.COMPONENT_GROUP__MINIMUM_CREDITS:
				return MINIMUM_CREDITS_EDEFAULT == null ? minimumCredits != null : !MINIMUM_CREDITS_EDEFAULT.equals(minimumCredits);
			case CurriculumPackage.COMPONENT_GROUP__MAXIMUM_CREDITS:
				return MAXIMUM_CREDITS_EDEFAULT == null ? maximumCredits != null : !MAXIMUM_CREDITS_EDEFAULT.equals(maximumCredits);
			case CurriculumPackage.COMPONENT_GROUP__MINIMUM_COMPONENTS:
				return MINIMUM_COMPONENTS_EDEFAULT == null ? minimumComponents != null : !MINIMUM_COMPONENTS_EDEFAULT.equals(minimumComponents);
			case CurriculumPackage.COMPONENT_GROUP__COMPONENTS:
				return components != null && !components.isEmpty();
			case CurriculumPackage.COMPONENT_GROUP__ENTRIES:
				return entries != null && !entries.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	@SuppressWarnings("unchecked")
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case CurriculumPackage.COMPONENT_GROUP___VALIDATE_PRINTED_TABLE__DIAGNOSTICCHAIN_MAP:
				return validatePrintedTable((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
		}
		return super.eInvoke(operationID, arguments);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (title: ");
		result.append(title);
		result.append(", mandatory: ");
		result.append(mandatory);
		result.append(", minimumCredits: ");
		result.append(minimumCredits);
		result.append(", maximumCredits: ");
		result.append(maximumCredits);
		result.append(", minimumComponents: ");
		result.append(minimumComponents);
		result.append(')');
		return result.toString();
	}

} //ComponentGroupImpl
