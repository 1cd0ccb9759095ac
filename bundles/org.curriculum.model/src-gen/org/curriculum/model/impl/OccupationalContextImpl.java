/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model.impl;

import java.lang.reflect.InvocationTargetException;
import java.util.Collection;

import java.util.Map;
import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.OccupationalContext;
import org.curriculum.model.WorkExperienceModule;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Occupational Context</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.impl.OccupationalContextImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.curriculum.model.impl.OccupationalContextImpl#getRoleLevel <em>Role Level</em>}</li>
 *   <li>{@link org.curriculum.model.impl.OccupationalContextImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.curriculum.model.impl.OccupationalContextImpl#getWorkExperienceModules <em>Work Experience Modules</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OccupationalContextImpl extends MappableItemImpl implements OccupationalContext {
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
	 * The default value of the '{@link #getRoleLevel() <em>Role Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoleLevel()
	 * @generated
	 * @ordered
	 */
	protected static final Integer ROLE_LEVEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRoleLevel() <em>Role Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoleLevel()
	 * @generated
	 * @ordered
	 */
	protected Integer roleLevel = ROLE_LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final String ROLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected String role = ROLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getWorkExperienceModules() <em>Work Experience Modules</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkExperienceModules()
	 * @generated
	 * @ordered
	 */
	protected EList<WorkExperienceModule> workExperienceModules;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OccupationalContextImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CurriculumPackage.Literals.OCCUPATIONAL_CONTEXT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.OCCUPATIONAL_CONTEXT__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getRoleLevel() {
		return roleLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRoleLevel(Integer newRoleLevel) {
		Integer oldRoleLevel = roleLevel;
		roleLevel = newRoleLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.OCCUPATIONAL_CONTEXT__ROLE_LEVEL, oldRoleLevel, roleLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(String newRole) {
		String oldRole = role;
		role = newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.OCCUPATIONAL_CONTEXT__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<WorkExperienceModule> getWorkExperienceModules() {
		if (workExperienceModules == null) {
			workExperienceModules = new EObjectResolvingEList<WorkExperienceModule>(WorkExperienceModule.class, this, CurriculumPackage.OCCUPATIONAL_CONTEXT__WORK_EXPERIENCE_MODULES);
		}
		return workExperienceModules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean validateHasWorkExperienceModule(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.curriculum.model.validation.TraceabilityConstraints.validateContext(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CurriculumPackage.OCCUPATIONAL_CONTEXT__NUMBER:
				return getNumber();
			case CurriculumPackage.OCCUPATIONAL_CONTEXT__ROLE_LEVEL:
				return getRoleLevel();
			case CurriculumPackage.OCCUPATIONAL_CONTEXT__ROLE:
				return getRole();
			case CurriculumPackage.OCCUPATIONAL_CONTEXT__WORK_EXPERIENCE_MODULES:
				return getWorkExperienceModules();
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
			case CurriculumPackage.OCCUPATIONAL_CONTEXT__NUMBER:
				setNumber((String)newValue);
				return;
			case CurriculumPackage.OCCUPATIONAL_CONTEXT__ROLE_LEVEL:
				setRoleLevel((Integer)newValue);
				return;
			case CurriculumPackage.OCCUPATIONAL_CONTEXT__ROLE:
				setRole((String)newValue);
				return;
			case CurriculumPackage.OCCUPATIONAL_CONTEXT__WORK_EXPERIENCE_MODULES:
				getWorkExperienceModules().clear();
				getWorkExperienceModules().addAll((Collection<? extends WorkExperienceModule>)newValue);
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
			case CurriculumPackage.OCCUPATIONAL_CONTEXT__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case CurriculumPackage.OCCUPATIONAL_CONTEXT__ROLE_LEVEL:
				setRoleLevel(ROLE_LEVEL_EDEFAULT);
				return;
			case CurriculumPackage.OCCUPATIONAL_CONTEXT__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case CurriculumPackage.OCCUPATIONAL_CONTEXT__WORK_EXPERIENCE_MODULES:
				getWorkExperienceModules().clear();
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
			case CurriculumPackage.OCCUPATIONAL_CONTEXT__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case CurriculumPackage.OCCUPATIONAL_CONTEXT__ROLE_LEVEL:
				return ROLE_LEVEL_EDEFAULT == null ? roleLevel != null : !ROLE_LEVEL_EDEFAULT.equals(roleLevel);
			case CurriculumPackage.OCCUPATIONAL_CONTEXT__ROLE:
				return ROLE_EDEFAULT == null ? role != null : !ROLE_EDEFAULT.equals(role);
			case CurriculumPackage.OCCUPATIONAL_CONTEXT__WORK_EXPERIENCE_MODULES:
				return workExperienceModules != null && !workExperienceModules.isEmpty();
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
			case CurriculumPackage.OCCUPATIONAL_CONTEXT___VALIDATE_HAS_WORK_EXPERIENCE_MODULE__DIAGNOSTICCHAIN_MAP:
				return validateHasWorkExperienceModule((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(", roleLevel: ");
		result.append(roleLevel);
		result.append(", role: ");
		result.append(role);
		result.append(')');
		return result.toString();
	}

} //OccupationalContextImpl
