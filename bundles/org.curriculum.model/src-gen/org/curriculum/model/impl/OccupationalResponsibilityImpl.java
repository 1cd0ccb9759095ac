/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model.impl;

import java.lang.reflect.InvocationTargetException;
import java.util.Collection;

import java.util.Map;
import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.OccupationalResponsibility;
import org.curriculum.model.PracticalSkillsModule;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Occupational Responsibility</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.impl.OccupationalResponsibilityImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.curriculum.model.impl.OccupationalResponsibilityImpl#getPracticalSkillsModules <em>Practical Skills Modules</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OccupationalResponsibilityImpl extends MappableItemImpl implements OccupationalResponsibility {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected String number = NUMBER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPracticalSkillsModules() <em>Practical Skills Modules</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPracticalSkillsModules()
	 * @generated
	 * @ordered
	 */
	protected EList<PracticalSkillsModule> practicalSkillsModules;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OccupationalResponsibilityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CurriculumPackage.Literals.OCCUPATIONAL_RESPONSIBILITY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(String newNumber) {
		String oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.OCCUPATIONAL_RESPONSIBILITY__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PracticalSkillsModule> getPracticalSkillsModules() {
		if (practicalSkillsModules == null) {
			practicalSkillsModules = new EObjectResolvingEList<PracticalSkillsModule>(PracticalSkillsModule.class, this, CurriculumPackage.OCCUPATIONAL_RESPONSIBILITY__PRACTICAL_SKILLS_MODULES);
		}
		return practicalSkillsModules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean validateHasPracticalSkillsModule(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.curriculum.model.validation.TraceabilityConstraints.validateResponsibility(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CurriculumPackage.OCCUPATIONAL_RESPONSIBILITY__NUMBER:
				return getNumber();
			case CurriculumPackage.OCCUPATIONAL_RESPONSIBILITY__PRACTICAL_SKILLS_MODULES:
				return getPracticalSkillsModules();
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
			case CurriculumPackage.OCCUPATIONAL_RESPONSIBILITY__NUMBER:
				setNumber((String)newValue);
				return;
			case CurriculumPackage.OCCUPATIONAL_RESPONSIBILITY__PRACTICAL_SKILLS_MODULES:
				getPracticalSkillsModules().clear();
				getPracticalSkillsModules().addAll((Collection<? extends PracticalSkillsModule>)newValue);
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
			case CurriculumPackage.OCCUPATIONAL_RESPONSIBILITY__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case CurriculumPackage.OCCUPATIONAL_RESPONSIBILITY__PRACTICAL_SKILLS_MODULES:
				getPracticalSkillsModules().clear();
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
			case CurriculumPackage.OCCUPATIONAL_RESPONSIBILITY__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case CurriculumPackage.OCCUPATIONAL_RESPONSIBILITY__PRACTICAL_SKILLS_MODULES:
				return practicalSkillsModules != null && !practicalSkillsModules.isEmpty();
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
			case CurriculumPackage.OCCUPATIONAL_RESPONSIBILITY___VALIDATE_HAS_PRACTICAL_SKILLS_MODULE__DIAGNOSTICCHAIN_MAP:
				return validateHasPracticalSkillsModule((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (number: ");
		result.append(number);
		result.append(')');
		return result.toString();
	}

} //OccupationalResponsibilityImpl
